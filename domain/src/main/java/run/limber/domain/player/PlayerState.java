package run.limber.domain.player;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;
import java.util.UUID;
import run.limber.domain.plan.PlanStep;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.sessions.SessionContext;

/**
 * A snapshot of a runner's place in a routine, as the player shows it.
 *
 * @param stepIndex index into the plan's steps; the plan's size once the last step is behind the runner
 * @param completed indexes of the steps whose sets were done
 * @param elapsed   time played, not counting pauses
 */
public record PlayerState(RoutinePlan plan, SessionContext context, UUID runId, int stepIndex, int count,
                          SortedSet<Integer> completed, Instant startedAt, Duration elapsed, boolean paused) {

    public boolean finished() {
        return stepIndex >= plan.steps().size();
    }

    public Optional<PlanStep> step() {
        return finished() ? Optional.empty() : Optional.of(plan.steps().get(stepIndex));
    }

    /** Sets passed so far (done or skipped) out of all sets, for the progress bar. */
    public int setsBehind() {
        return (int) plan.steps().stream().limit(stepIndex).filter(PlanStep::isSet).count();
    }

    public int setCount() {
        return plan.sets().size();
    }
}
