package run.limber.domain.routines;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.PublishedDrill;

/** Published routines for tests: one made-up drill per prescription, in order. */
public final class Routines {

    private Routines() {
    }

    public static PublishedRoutine of(List<Prescription> prescriptions) {
        var entries = new ArrayList<RoutineEntry>();
        for (int i = 0; i < prescriptions.size(); i++) {
            var drill = new DrillContent("drill-" + i, "Drill " + i, "focus", Set.of(), Set.of(Timing.REST_DAY),
                    "why", "setup", List.of("step"), "feel", List.of(), prescriptions.get(i), List.of());
            entries.add(new RoutineEntry(i + 1, new PublishedDrill(drill, 1, Instant.EPOCH), prescriptions.get(i)));
        }
        var content = new RoutineContent("routine", "Routine", "", Set.of(Timing.REST_DAY), new WeeklyFrequency(3, 4),
                entries.stream().map(entry -> new RoutineDrill(entry.drill().slug(), null)).toList());
        return new PublishedRoutine(content, entries, 1, Instant.EPOCH);
    }
}
