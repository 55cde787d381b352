package run.limber.api.routines;

import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.routines.PublishedRoutine;

/** A routine in a list. */
public record RoutineSummaryBody(String slug, String name, String description, Set<Timing> timings,
                                 FrequencyBody frequency, int drillCount, int estimatedSeconds) {

    static RoutineSummaryBody of(PublishedRoutine routine) {
        var c = routine.content();
        return new RoutineSummaryBody(c.slug(), c.name(), c.description(), c.timings(), FrequencyBody.of(c.frequency()),
                routine.drills().size(), routine.estimatedSeconds());
    }
}
