package run.limber.domain.plan;

import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.RepRange;
import run.limber.domain.drills.Side;

/**
 * One step of a routine plan. A transition describes the set it leads into (drill, side, angle, direction), so a
 * "switch sides" screen can say what comes next; it has no reps.
 *
 * @param side      null where the drill has no sides or alternates them within the set
 * @param angle     null where the drill has no foot angles
 * @param direction null where the drill has no directions
 * @param reps      null for a transition
 */
public record PlanStep(StepKind kind, String drill, Side side, FootAngle angle, Direction direction, RepRange reps,
                       String cue, int estimatedSeconds) {

    public boolean isSet() {
        return kind == StepKind.SET;
    }
}
