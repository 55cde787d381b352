package run.limber.domain.drills;

import static run.limber.domain.drills.Direction.FORWARD;
import static run.limber.domain.drills.Direction.REVERSE;
import static run.limber.domain.drills.FootAngle.LEFT_45;
import static run.limber.domain.drills.FootAngle.RIGHT_45;
import static run.limber.domain.drills.FootAngle.STRAIGHT;
import static run.limber.domain.drills.Side.LEFT;
import static run.limber.domain.drills.Side.RIGHT;

import java.util.List;

/** The five drills' prescriptions as the seed article gives them, for tests. */
public final class Prescriptions {

    public static final Prescription ANKLE_MATRIX = new Prescription(new RepRange(5, 10), List.of(LEFT, RIGHT),
            SideUnit.LEG, false, List.of(STRAIGHT, LEFT_45, RIGHT_45), List.of(), 3);
    public static final Prescription CALF_STRETCH = new Prescription(RepRange.fixed(10), List.of(LEFT, RIGHT),
            SideUnit.LEG, false, List.of(), List.of(), 4);
    public static final Prescription HIP_CARS = new Prescription(RepRange.fixed(10), List.of(LEFT, RIGHT),
            SideUnit.LEG, false, List.of(), List.of(FORWARD, REVERSE), 5);
    public static final Prescription HIP_SWITCHES = new Prescription(RepRange.fixed(10), List.of(LEFT, RIGHT),
            SideUnit.BODY_SIDE, true, List.of(), List.of(), 4);
    public static final Prescription OPEN_BOOKS = new Prescription(RepRange.fixed(10), List.of(RIGHT, LEFT),
            SideUnit.BODY_SIDE, false, List.of(), List.of(), 5);

    private Prescriptions() {
    }
}
