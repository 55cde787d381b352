package run.limber.domain.drills;

/** One set of a drill: the side, foot angle and direction it is done in (null where they do not apply). */
public record PrescribedSet(Side side, FootAngle angle, Direction direction, RepRange reps) {
}
