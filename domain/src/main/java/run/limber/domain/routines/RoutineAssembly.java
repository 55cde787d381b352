package run.limber.domain.routines;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import run.limber.domain.drills.PublishedDrill;

/** Puts a routine revision together with its drills: what the catalog and a pinned assignment both play. */
final class RoutineAssembly {

    private RoutineAssembly() {
    }

    /** A drill missing from {@code drills} drops out of the routine rather than breaking it. */
    static PublishedRoutine assemble(RoutineContent routine, int revision, Instant publishedAt,
                                     Map<String, PublishedDrill> drills) {
        var available = routine.drills().stream().filter(ref -> drills.containsKey(ref.drill())).toList();
        List<RoutineEntry> entries = IntStream.range(0, available.size())
                .mapToObj(i -> {
                    RoutineDrill ref = available.get(i);
                    PublishedDrill drill = drills.get(ref.drill());
                    var prescription = ref.reps() == null ? drill.prescription() : drill.prescription().withReps(ref.reps());
                    return new RoutineEntry(i + 1, drill, prescription);
                })
                .toList();
        return new PublishedRoutine(routine, entries, revision, publishedAt);
    }
}
