package run.limber.domain.routines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.Prescriptions;

class PublishedRoutineTest {

    @Test
    void theTenMinuteRoutineTakesAboutTenMinutes() {
        List<Prescription> five = List.of(Prescriptions.ANKLE_MATRIX, Prescriptions.CALF_STRETCH,
                Prescriptions.HIP_CARS, Prescriptions.HIP_SWITCHES, Prescriptions.OPEN_BOOKS);
        int seconds = Routines.of(five).estimatedSeconds();
        assertTrue(seconds >= 8 * 60 && seconds <= 12 * 60, seconds + " s");
    }

    @Test
    void drillEstimatesPlusMovesBetweenDrills() {
        var routine = Routines.of(List.of(Prescriptions.HIP_SWITCHES, Prescriptions.OPEN_BOOKS));
        assertEquals(Prescriptions.HIP_SWITCHES.estimatedSeconds() + Prescriptions.OPEN_BOOKS.estimatedSeconds()
                + PublishedRoutine.SECONDS_BETWEEN_DRILLS, routine.estimatedSeconds());
    }

    @Test
    void frequencyReadsInPlainWords() {
        assertEquals("3–4 times a week", new WeeklyFrequency(3, 4).label());
        assertEquals("once a week", new WeeklyFrequency(1, 1).label());
    }

}
