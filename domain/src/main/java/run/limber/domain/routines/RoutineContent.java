package run.limber.domain.routines;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.shared.EnumSets;
import run.limber.domain.shared.Slug;

/** Everything an editor writes about a routine; one revision's body. */
public record RoutineContent(String slug, String name, String description, Set<Timing> timings,
                             WeeklyFrequency frequency, List<RoutineDrill> drills) {

    public RoutineContent {
        new Slug(slug);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(frequency, "frequency");
        timings = EnumSets.ordered(timings, Timing.class);
        drills = drills == null ? List.of() : List.copyOf(drills);
        if (drills.isEmpty()) {
            throw new IllegalArgumentException("a routine needs at least one drill");
        }
    }
}
