package run.limber.api.routines;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import run.limber.api.drills.PrescriptionBody;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineEntry;

/** A whole routine: its drills in order, each with the prescription this routine uses. */
public record RoutineBody(String slug, String name, String description, Set<Timing> timings, FrequencyBody frequency,
                          int estimatedSeconds, List<Entry> drills, int revision, Instant publishedAt) {

    /** One drill in the routine. */
    public record Entry(int position, String slug, String name, String focus, Set<TargetArea> targetAreas,
                        PrescriptionBody prescription) {

        static Entry of(RoutineEntry entry) {
            var drill = entry.drill().content();
            return new Entry(entry.position(), drill.slug(), drill.name(), drill.focus(), drill.targetAreas(),
                    PrescriptionBody.of(entry.prescription()));
        }
    }

    public static RoutineBody of(PublishedRoutine routine) {
        var c = routine.content();
        return new RoutineBody(c.slug(), c.name(), c.description(), c.timings(), FrequencyBody.of(c.frequency()),
                routine.estimatedSeconds(), routine.drills().stream().map(Entry::of).toList(), routine.revision(),
                routine.publishedAt());
    }
}
