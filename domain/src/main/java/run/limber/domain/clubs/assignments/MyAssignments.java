package run.limber.domain.clubs.assignments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.CurrentAccount;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutinePins;
import run.limber.domain.sessions.AssignedRoutines;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** The signed-in member's side of assignments: what their clubs assigned them, and each routine as pinned. */
@ApplicationScoped
@RolesAllowed("RUNNER")
@Transactional(Transactional.TxType.SUPPORTS)
public class MyAssignments implements AssignedRoutines {

    private final TargetedAssignments targeted;
    private final RoutinePins pins;
    private final AccountService accounts;
    private final CurrentAccount caller;
    private final Clock clock;

    MyAssignments(TargetedAssignments targeted, RoutinePins pins, AccountService accounts, CurrentAccount caller,
                  Clock clock) {
        this.targeted = targeted;
        this.pins = pins;
        this.accounts = accounts;
        this.caller = caller;
        this.clock = clock;
    }

    /** Every assignment that targets the caller, ended ones included, latest start first. */
    public Page<MyAssignment> mine(PageRequest page) {
        return targeted.page(caller.id(), page);
    }

    /** Today's and this ISO week's assignments, days in the caller's time zone. */
    public MyWeek thisWeek() {
        var me = accounts.current();
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(me.timeZone())));
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var week = targeted.runningBetween(me.id(), monday, monday.plusDays(6));
        return new MyWeek(monday, today, week.stream().filter(a -> a.asksFor(today)).toList(), week);
    }

    /** The assignment's routine exactly as pinned; not found unless the assignment targets the caller. */
    public PublishedRoutine routineOf(long assignmentId) {
        return pinnedFor(assignmentId)
                .orElseThrow(() -> new NoSuchEntryException("assignment", Long.toString(assignmentId)));
    }

    @Override
    public Optional<PublishedRoutine> pinnedFor(long assignmentId) {
        return targeted.pin(caller.id(), assignmentId).map(pins::routineOf);
    }
}
