package run.limber.domain.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static run.limber.domain.drills.Direction.FORWARD;
import static run.limber.domain.drills.Direction.REVERSE;
import static run.limber.domain.drills.FootAngle.LEFT_45;
import static run.limber.domain.drills.FootAngle.RIGHT_45;
import static run.limber.domain.drills.FootAngle.STRAIGHT;
import static run.limber.domain.drills.Prescriptions.ANKLE_MATRIX;
import static run.limber.domain.drills.Prescriptions.CALF_STRETCH;
import static run.limber.domain.drills.Prescriptions.HIP_CARS;
import static run.limber.domain.drills.Prescriptions.HIP_SWITCHES;
import static run.limber.domain.drills.Prescriptions.OPEN_BOOKS;
import static run.limber.domain.drills.Side.LEFT;
import static run.limber.domain.drills.Side.RIGHT;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrescriptionTest {

    @Test
    void ankleMatrixCountsPerAngleOnEachLeg() {
        assertEquals("5–10 reps at each of 3 foot angles, each leg", ANKLE_MATRIX.label());
    }

    @Test
    void calfStretchCountsPerLeg() {
        assertEquals("10 reps per leg", CALF_STRETCH.label());
    }

    @Test
    void hipCarsCountEachDirectionOnEachLeg() {
        assertEquals("10 reps in each direction, each leg", HIP_CARS.label());
    }

    @Test
    void hipSwitchesCountInTotalAlternating() {
        assertEquals("10 reps in total, alternating sides (5 each side)", HIP_SWITCHES.label());
    }

    @Test
    void openBooksCountPerSide() {
        assertEquals("10 reps per side", OPEN_BOOKS.label());
    }

    @Test
    void singleSideAndSingleAngleAreNamed() {
        var oneLegOneAngle = new Prescription(RepRange.fixed(1), List.of(RIGHT), SideUnit.LEG, false,
                List.of(STRAIGHT), List.of(), 3);
        assertEquals("1 rep with the foot pointing straight ahead, right leg", oneLegOneAngle.label());
    }

    @Test
    void noDimensionsMeansInTotal() {
        var plain = new Prescription(new RepRange(8, 12), List.of(), null, false, List.of(), List.of(), 2);
        assertEquals("8–12 reps in total", plain.label());
    }


    @Test
    void innermostDimensionDecides() {
        assertEquals(CountedPer.EACH_ANGLE, ANKLE_MATRIX.countedPer());
        assertEquals(CountedPer.EACH_SIDE, CALF_STRETCH.countedPer());
        assertEquals(CountedPer.EACH_DIRECTION, HIP_CARS.countedPer());
        assertEquals(CountedPer.TOTAL, HIP_SWITCHES.countedPer());
        assertEquals(CountedPer.EACH_SIDE, OPEN_BOOKS.countedPer());
    }


    @Test
    void ankleMatrixRunsThreeAnglesOnTheLeftLegThenTheRight() {
        var reps = new RepRange(5, 10);
        assertEquals(List.of(
                new PrescribedSet(LEFT, STRAIGHT, null, reps),
                new PrescribedSet(LEFT, LEFT_45, null, reps),
                new PrescribedSet(LEFT, RIGHT_45, null, reps),
                new PrescribedSet(RIGHT, STRAIGHT, null, reps),
                new PrescribedSet(RIGHT, LEFT_45, null, reps),
                new PrescribedSet(RIGHT, RIGHT_45, null, reps)), ANKLE_MATRIX.sets());
    }

    @Test
    void calfStretchIsOneSetPerLeg() {
        assertEquals(List.of(
                new PrescribedSet(LEFT, null, null, RepRange.fixed(10)),
                new PrescribedSet(RIGHT, null, null, RepRange.fixed(10))), CALF_STRETCH.sets());
    }

    @Test
    void hipCarsGoBothDirectionsOnEachLeg() {
        var ten = RepRange.fixed(10);
        assertEquals(List.of(
                new PrescribedSet(LEFT, null, FORWARD, ten),
                new PrescribedSet(LEFT, null, REVERSE, ten),
                new PrescribedSet(RIGHT, null, FORWARD, ten),
                new PrescribedSet(RIGHT, null, REVERSE, ten)), HIP_CARS.sets());
    }

    @Test
    void hipSwitchesAreOneAlternatingSet() {
        assertEquals(List.of(new PrescribedSet(null, null, null, RepRange.fixed(10))), HIP_SWITCHES.sets());
    }

    @Test
    void openBooksStartOnTheRightSide() {
        assertEquals(List.of(RIGHT, LEFT), OPEN_BOOKS.sets().stream().map(PrescribedSet::side).toList());
    }


    @Test
    void everySetAtTheMiddleOfTheRangePlusResets() {
        assertEquals(6 * 8 * 3 + 5 * Prescription.SECONDS_BETWEEN_SETS, ANKLE_MATRIX.estimatedSeconds());
        assertEquals(10 * 4, HIP_SWITCHES.estimatedSeconds());
    }

    @Test
    void overridingRepsChangesTheEstimateButNotTheShape() {
        var shorter = ANKLE_MATRIX.withReps(RepRange.fixed(5));
        assertEquals(6, shorter.sets().size());
        assertEquals(6 * 5 * 3 + 5 * Prescription.SECONDS_BETWEEN_SETS, shorter.estimatedSeconds());
        assertEquals("5 reps at each of 3 foot angles, each leg", shorter.label());
    }


    @Test
    void repeatedDimensionValuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Prescription(RepRange.fixed(10),
                List.of(LEFT, LEFT), SideUnit.LEG, false, List.of(), List.of(), 3));
    }

    @Test
    void alternatingNeedsBothSides() {
        assertThrows(IllegalArgumentException.class, () -> new Prescription(RepRange.fixed(10),
                List.of(LEFT), SideUnit.BODY_SIDE, true, List.of(), List.of(), 3));
    }

    @Test
    void secondsPerRepMustBePlausible() {
        assertThrows(IllegalArgumentException.class, () -> new Prescription(RepRange.fixed(10),
                List.of(), SideUnit.LEG, false, List.of(), List.of(), 0));
    }
}
