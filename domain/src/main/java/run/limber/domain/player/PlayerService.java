package run.limber.domain.player;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.BiConsumer;
import run.limber.domain.accounts.CurrentAccount;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.plan.RoutinePlans;
import run.limber.domain.sessions.AssignedRoutines;
import run.limber.domain.sessions.CompletedSet;
import run.limber.domain.sessions.LoggedSession;
import run.limber.domain.sessions.NewSession;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.sessions.SessionService;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;

/**
 * Plays a routine for the signed-in runner, one step at a time. Every action is stored before it answers, so a
 * reload, a second tab or a lost connection carries on from the same step. Saving logs the session through
 * {@link SessionService} under the play's own idempotency key, so saving twice logs it once.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class PlayerService {

    private final PlayerProgressRepository progress;
    private final RoutinePlans plans;
    private final SessionService sessions;
    private final AssignedRoutines assigned;
    private final CurrentAccount caller;
    private final Clock clock;

    PlayerService(PlayerProgressRepository progress, RoutinePlans plans, SessionService sessions,
                  AssignedRoutines assigned, CurrentAccount caller, Clock clock) {
        this.progress = progress;
        this.plans = plans;
        this.sessions = sessions;
        this.assigned = assigned;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * What the player plays: the routine as the caller's assignment pinned it, or else as published now. An assignment
     * that does not target the caller, or is of another routine, is a {@code NoSuchEntryException}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RoutinePlan plan(String routine, Optional<Long> assignment) {
        if (assignment.isEmpty()) {
            return plans.plan(routine);
        }
        long id = assignment.get();
        return assigned.pinnedFor(id).filter(pinned -> pinned.slug().equals(routine)).map(plans::plan)
                .orElseThrow(() -> new NoSuchEntryException("assignment", Long.toString(id)));
    }

    /**
     * The runner's unfinished play of this routine from this assignment (none: as published), if there is one; the
     * published routine and each assignment of it keep a play of their own.
     */
    @Transactional
    public Optional<PlayerState> current(String routine, Optional<Long> assignment) {
        return progress.find(caller.id(), routine, assignment).map(row -> {
            var plan = planOf(row);
            row.fitTo(plan.steps().size());
            return row.state(plan, now());
        });
    }

    /**
     * Starts the routine from its first step, replacing any unfinished play of it from the same assignment (or none);
     * with an assignment, the routine is played as the assignment pinned it and the session is logged as played from it.
     */
    @Transactional
    public PlayerState start(String routine, SessionContext context, Optional<Long> assignment) {
        var plan = plan(routine, assignment);
        long account = caller.id();
        progress.find(account, routine, assignment).ifPresent(progress::delete);
        progress.flush();
        var row = new PlayerProgress(account, routine, assignment, context, now());
        progress.persist(row);
        return row.state(plan, now());
    }

    /* Every action below names the play by routine and assignment (none: the routine as published). */

    /** One more rep in the current set. */
    @Transactional
    public PlayerState count(String routine, Optional<Long> assignment) {
        return change(routine, assignment, (row, plan) -> row.count(now()));
    }

    /** On to the next step; a set left this way counts as done. */
    @Transactional
    public PlayerState next(String routine, Optional<Long> assignment) {
        return change(routine, assignment, (row, plan) -> row.advance(true, plan, now()));
    }

    /** On to the next step without doing this set. */
    @Transactional
    public PlayerState skip(String routine, Optional<Long> assignment) {
        return change(routine, assignment, (row, plan) -> row.advance(false, plan, now()));
    }

    @Transactional
    public PlayerState back(String routine, Optional<Long> assignment) {
        return change(routine, assignment, (row, plan) -> row.back(now()));
    }

    @Transactional
    public PlayerState pause(String routine, Optional<Long> assignment) {
        return change(routine, assignment, (row, plan) -> row.pause(now()));
    }

    @Transactional
    public PlayerState resume(String routine, Optional<Long> assignment) {
        return change(routine, assignment, (row, plan) -> row.resume(now()));
    }

    /**
     * Logs the session (the sets done so far, the time played, the feedback) and ends the play. Two saves at once
     * take turns on the progress row: one logs the session, the other finds nothing left to save (a conflict).
     */
    @Transactional
    public LoggedSession save(String routine, Optional<Long> assignment, Feedback feedback) {
        var row = progress.findForUpdate(caller.id(), routine, assignment)
                .orElseThrow(() -> new ConflictException("There is no routine in progress to save."));
        var plan = planOf(row);
        row.fitTo(plan.steps().size());
        var state = row.state(plan, now());
        var done = state.completed().stream().map(index -> plan.steps().get(index))
                .map(step -> new CompletedSet(step.drill(), step.side(), step.angle(), step.direction())).toList();
        var session = new NewSession(routine, state.context(), state.startedAt(), (int) state.elapsed().toSeconds(),
                done, feedback.ratings(), feedback.pain(), feedback.note(), row.assignment().orElse(null));
        var logged = sessions.log(session, Optional.of("player:" + state.runId()));
        progress.delete(row);
        return logged.session();
    }

    /** Ends the play without logging anything. */
    @Transactional
    public void discard(String routine, Optional<Long> assignment) {
        progress.find(caller.id(), routine, assignment).ifPresent(progress::delete);
    }

    private PlayerState change(String routine, Optional<Long> assignment,
                               BiConsumer<PlayerProgress, RoutinePlan> action) {
        var row = progress.findForUpdate(caller.id(), routine, assignment)
                .orElseThrow(() -> new ConflictException("Start the routine first."));
        var plan = planOf(row);
        row.fitTo(plan.steps().size());
        action.accept(row, plan);
        return row.state(plan, now());
    }

    private RoutinePlan planOf(PlayerProgress row) {
        return plan(row.routine(), row.assignment());
    }

    /** PostgreSQL keeps microseconds; the state answered must equal the state read back. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
