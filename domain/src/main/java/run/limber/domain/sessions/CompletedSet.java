package run.limber.domain.sessions;

import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.Side;

/** A set the runner finished, named as the routine plan names it (null where a dimension does not apply). */
public record CompletedSet(String drill, Side side, FootAngle angle, Direction direction) {
}
