package run.limber.domain.plan;

/** A set of reps, or the short pause between two sets in which the runner changes leg, angle, direction or drill. */
public enum StepKind {
    SET, TRANSITION
}
