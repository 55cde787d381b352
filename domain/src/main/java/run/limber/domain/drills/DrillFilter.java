package run.limber.domain.drills;

import java.util.Optional;
import run.limber.domain.content.Timing;

/** Narrows the drill library to a target area and/or a timing; empty means "any". */
public record DrillFilter(Optional<TargetArea> target, Optional<Timing> timing) {

    public static final DrillFilter ANY = new DrillFilter(Optional.empty(), Optional.empty());

    boolean matches(DrillContent drill) {
        return target.map(drill.targetAreas()::contains).orElse(true)
                && timing.map(drill.timings()::contains).orElse(true);
    }
}
