package run.limber.api.routines;

import java.util.List;
import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.RepRange;
import run.limber.domain.drills.Side;
import run.limber.domain.plan.PlanStep;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.plan.StepKind;

/** A routine expanded into the sets and transitions a runner follows, in order. */
public record PlanBody(String routine, int estimatedSeconds, List<Step> steps) {

    /** One set or transition; side, angle, direction and reps are null where they do not apply. */
    public record Step(StepKind kind, String drill, Side side, FootAngle angle, Direction direction, RepRange reps,
                       String cue, int estimatedSeconds) {

        static Step of(PlanStep step) {
            return new Step(step.kind(), step.drill(), step.side(), step.angle(), step.direction(), step.reps(),
                    step.cue(), step.estimatedSeconds());
        }
    }

    static PlanBody of(RoutinePlan plan) {
        return new PlanBody(plan.routine().slug(), plan.estimatedSeconds(), plan.steps().stream().map(Step::of).toList());
    }
}
