package run.limber.domain.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.Prescriptions;
import run.limber.domain.drills.PublishedDrill;

class PublishedRoutineTest {

    @Test
    void theTenMinuteRoutineTakesAboutTenMinutes() {
        List<Prescription> five = List.of(Prescriptions.ANKLE_MATRIX, Prescriptions.CALF_STRETCH,
                Prescriptions.HIP_CARS, Prescriptions.HIP_SWITCHES, Prescriptions.OPEN_BOOKS);
        int seconds = routineOf(five).estimatedSeconds();
        assertTrue(seconds >= 8 * 60 && seconds <= 12 * 60, seconds + " s");
    }

    @Test
    void drillEstimatesPlusMovesBetweenDrills() {
        var routine = routineOf(List.of(Prescriptions.HIP_SWITCHES, Prescriptions.OPEN_BOOKS));
        assertEquals(Prescriptions.HIP_SWITCHES.estimatedSeconds() + Prescriptions.OPEN_BOOKS.estimatedSeconds()
                + PublishedRoutine.SECONDS_BETWEEN_DRILLS, routine.estimatedSeconds());
    }

    @Test
    void frequencyReadsInPlainWords() {
        assertEquals("3–4 times a week", new WeeklyFrequency(3, 4).label());
        assertEquals("once a week", new WeeklyFrequency(1, 1).label());
    }

    private static PublishedRoutine routineOf(List<Prescription> prescriptions) {
        var entries = new java.util.ArrayList<RoutineEntry>();
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
