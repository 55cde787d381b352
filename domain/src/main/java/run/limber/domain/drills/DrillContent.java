package run.limber.domain.drills;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.shared.EnumSets;
import run.limber.domain.shared.Slug;

/**
 * Everything an editor writes about a drill; one revision's body. The same shape travels through
 * the content bundle and the API.
 */
public record DrillContent(String slug, String name, String focus, Set<TargetArea> targetAreas, Set<Timing> timings,
                           String whyItMatters, String setup, List<String> steps, String feel, List<Tip> tips,
                           Prescription prescription, List<Illustration> illustrations) {

    public DrillContent {
        new Slug(slug);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prescription, "prescription");
        targetAreas = EnumSets.ordered(targetAreas, TargetArea.class);
        timings = EnumSets.ordered(timings, Timing.class);
        steps = steps == null ? List.of() : List.copyOf(steps);
        tips = tips == null ? List.of() : List.copyOf(tips);
        illustrations = illustrations == null ? List.of() : List.copyOf(illustrations);
    }

    /** The image of the drill as a whole, if it has one. */
    public Optional<Illustration> illustration() {
        return illustrationOfStep(null);
    }

    /** The image of step {@code step} (from 1), if it has one. */
    public Optional<Illustration> illustrationOfStep(Integer step) {
        return illustrations.stream().filter(i -> Objects.equals(i.step(), step)).findFirst();
    }
}
