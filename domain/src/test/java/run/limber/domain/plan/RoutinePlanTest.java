package run.limber.domain.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.domain.drills.Direction.FORWARD;
import static run.limber.domain.drills.Direction.REVERSE;
import static run.limber.domain.drills.FootAngle.LEFT_45;
import static run.limber.domain.drills.FootAngle.RIGHT_45;
import static run.limber.domain.drills.FootAngle.STRAIGHT;
import static run.limber.domain.drills.Side.LEFT;
import static run.limber.domain.drills.Side.RIGHT;
import static run.limber.domain.plan.StepKind.SET;
import static run.limber.domain.plan.StepKind.TRANSITION;

import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.Prescriptions;
import run.limber.domain.drills.RepRange;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.Routines;
import run.limber.domain.routines.Routines;

class RoutinePlanTest {

    @Test
    void ankleMatrixIsEachLegAtThreeAnglesWithTheFootTurnedBetween() {
        var steps = planOf(Prescriptions.ANKLE_MATRIX).steps();

        var sets = sets(steps);
        assertEquals(List.of("LEFT STRAIGHT", "LEFT LEFT_45", "LEFT RIGHT_45",
                "RIGHT STRAIGHT", "RIGHT LEFT_45", "RIGHT RIGHT_45"),
                sets.stream().map(s -> s.side() + " " + s.angle()).toList());
        sets.forEach(set -> assertEquals(new RepRange(5, 10), set.reps()));
        sets.forEach(set -> assertNull(set.direction()));
        assertEquals(11, steps.size());
        assertEquals("Turn your foot 45° left.", steps.get(1).cue());
        assertEquals("Turn your foot 45° right.", steps.get(3).cue());
        assertTrue(steps.get(5).cue().startsWith("Switch legs: now the right leg"), steps.get(5).cue());
        assertTrue(steps.get(5).cue().contains("straight ahead"), steps.get(5).cue());
        assertEquals(8 * 3, sets.getFirst().estimatedSeconds(), "typical 8 reps at 3 s");
    }

    @Test
    void calfStretchIsTenOnOneLegThenASwitchThenTen() {
        var steps = planOf(Prescriptions.CALF_STRETCH).steps();

        assertEquals(List.of(SET, TRANSITION, SET), steps.stream().map(PlanStep::kind).toList());
        assertEquals(LEFT, steps.get(0).side());
        assertEquals(RIGHT, steps.get(2).side());
        assertEquals(RIGHT, steps.get(1).side(), "the switch says which leg comes next");
        assertTrue(steps.get(1).cue().startsWith("Switch legs"), steps.get(1).cue());
        assertEquals(RepRange.fixed(10), steps.get(0).reps());
        assertNull(steps.get(1).reps());
        assertNull(steps.get(0).angle());
    }

    @Test
    void hipCarsAreEachLegOneWayThenReversed() {
        var sets = sets(planOf(Prescriptions.HIP_CARS).steps());

        assertEquals(List.of("LEFT FORWARD", "LEFT REVERSE", "RIGHT FORWARD", "RIGHT REVERSE"),
                sets.stream().map(s -> s.side() + " " + s.direction()).toList());
        sets.forEach(set -> assertEquals(RepRange.fixed(10), set.reps()));
        var steps = planOf(Prescriptions.HIP_CARS).steps();
        assertTrue(steps.get(1).cue().startsWith("Reverse the circle"), steps.get(1).cue());
        assertEquals(FORWARD, steps.get(3).direction());
        assertEquals(REVERSE, steps.get(2).direction());
    }

    @Test
    void hipSwitchesAreOneAlternatingSetOfTenWithoutASide() {
        var steps = planOf(Prescriptions.HIP_SWITCHES).steps();

        assertEquals(1, steps.size());
        var set = steps.getFirst();
        assertEquals(SET, set.kind());
        assertNull(set.side());
        assertEquals(RepRange.fixed(10), set.reps());
        assertTrue(set.cue().contains("Alternate") && set.cue().contains("10 reps in total"), set.cue());
        assertEquals(40, set.estimatedSeconds());
    }

    @Test
    void openBooksAreTheRightSideThenTheLeft() {
        var steps = planOf(Prescriptions.OPEN_BOOKS).steps();

        assertEquals(List.of(SET, TRANSITION, SET), steps.stream().map(PlanStep::kind).toList());
        assertEquals(RIGHT, steps.get(0).side());
        assertEquals(LEFT, steps.get(2).side());
        assertTrue(steps.get(1).cue().startsWith("Switch sides"), steps.get(1).cue());
        assertTrue(steps.get(0).cue().contains("right side"), steps.get(0).cue());
    }

    @Test
    void drillsAreJoinedByANextDrillTransitionNamingTheDrill() {
        var plan = planOf(Prescriptions.HIP_SWITCHES, Prescriptions.OPEN_BOOKS);

        var between = plan.steps().get(1);
        assertEquals(TRANSITION, between.kind());
        assertEquals("drill-1", between.drill());
        assertEquals("Next drill: Drill 1, starting with the right side.", between.cue());
        assertEquals(PublishedRoutine.SECONDS_BETWEEN_DRILLS, between.estimatedSeconds());
    }

    @Test
    void aRoutinesRepOverrideChangesEverySet() {
        var override = Prescriptions.CALF_STRETCH.withReps(RepRange.fixed(6));
        sets(planOf(override).steps()).forEach(set -> assertEquals(RepRange.fixed(6), set.reps()));
    }

    @Test
    void theTenMinuteRoutinePlanTakesEightToTwelveMinutesAndMatchesTheRoutinesEstimate() {
        var plan = planOf(Prescriptions.ANKLE_MATRIX, Prescriptions.CALF_STRETCH, Prescriptions.HIP_CARS,
                Prescriptions.HIP_SWITCHES, Prescriptions.OPEN_BOOKS);

        assertEquals(6 + 2 + 4 + 1 + 2, plan.sets().size());
        assertEquals(plan.routine().estimatedSeconds(), plan.estimatedSeconds());
        assertTrue(plan.estimatedSeconds() >= 8 * 60 && plan.estimatedSeconds() <= 12 * 60,
                plan.estimatedSeconds() + " s");
        assertEquals(SET, plan.steps().getFirst().kind(), "the player's countdown, not a transition, comes first");
    }

    private static List<PlanStep> sets(List<PlanStep> steps) {
        return steps.stream().filter(PlanStep::isSet).toList();
    }

    static RoutinePlan planOf(Prescription... prescriptions) {
        return RoutinePlan.of(Routines.of(List.of(prescriptions)));
    }
}
