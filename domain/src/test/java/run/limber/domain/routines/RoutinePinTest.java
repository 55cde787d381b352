package run.limber.domain.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.Prescriptions;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.drills.RepRange;

class RoutinePinTest {

    private static final RoutineContent ROUTINE = new RoutineContent("hips", "Hips", "", Set.of(Timing.REST_DAY),
            new WeeklyFrequency(3, 4), List.of(new RoutineDrill("hip-cars", null), new RoutineDrill("open-books",
                    new RepRange(3, 4)), new RoutineDrill("not-yet", null)));

    @Test
    void aPinHoldsTheRoutineRevisionAndEachOfItsDrillsPublishedThenInTheRoutinesOrder() {
        var pin = RoutinePin.of(10, ROUTINE, Map.of("open-books", 21L, "hip-cars", 20L, "elsewhere", 99L));

        assertEquals("hips", pin.routine());
        assertEquals(10, pin.routineRevisionId());
        // A drill not published when pinned is left out, as the catalog leaves it out; other drills are not pinned.
        assertEquals(List.of("hip-cars", "open-books"), List.copyOf(pin.drillRevisions().keySet()));
        assertEquals(List.of(20L, 21L), List.copyOf(pin.drillRevisions().values()));
    }

    @Test
    void aPinnedRoutinePlaysItsPinnedDrillsWithTheRoutinesOverrides() {
        var routine = RoutineAssembly.assemble(ROUTINE, 4, Instant.EPOCH,
                Map.of("hip-cars", drill("hip-cars", 2), "open-books", drill("open-books", 7)));

        assertEquals(4, routine.revision());
        assertEquals(List.of("hip-cars", "open-books"), routine.drills().stream().map(e -> e.drill().slug()).toList());
        assertEquals(List.of(2, 7), routine.drills().stream().map(e -> e.drill().revision()).toList());
        assertEquals(new RepRange(3, 4), routine.drills().get(1).prescription().reps());
        assertEquals(List.of(1, 2), routine.drills().stream().map(RoutineEntry::position).toList());
    }

    private static PublishedDrill drill(String slug, int revision) {
        var content = new DrillContent(slug, slug, "focus", Set.of(), Set.of(Timing.REST_DAY), "why", "setup",
                List.of("step"), "feel", List.of(), Prescriptions.HIP_CARS, List.of());
        return new PublishedDrill(content, revision, Instant.EPOCH);
    }
}
