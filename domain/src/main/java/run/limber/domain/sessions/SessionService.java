package run.limber.domain.sessions;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.CurrentAccount;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.plan.RoutinePlans;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.Sha256;
import run.limber.domain.shared.ValidationException;

/** A runner's own session log: logging (safely retried), reading and deleting. Nobody sees another's sessions. */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class SessionService {

    public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    private final TrainingSessionRepository sessions;
    private final RoutinePlans plans;
    private final CurrentAccount caller;
    private final AccountService accounts;
    private final AssignedRoutines assigned;
    private final Clock clock;
    private final SessionMeters meters;

    SessionService(TrainingSessionRepository sessions, RoutinePlans plans, CurrentAccount caller, AccountService accounts,
                   AssignedRoutines assigned, Clock clock, SessionMeters meters) {
        this.sessions = sessions;
        this.plans = plans;
        this.caller = caller;
        this.accounts = accounts;
        this.assigned = assigned;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Logs a session. With an idempotency key, repeating the same request (also concurrently) logs it once and
     * answers with that one session; reusing the key for a different session is a conflict.
     */
    @Transactional
    public SessionLogged log(NewSession session, Optional<String> idempotencyKey) {
        Instant now = clock.instant();
        // A session played from an assignment is checked against the routine as the assignment pinned it.
        var pinned = pinned(session);
        var problems = SessionRules.check(session, pinned.map(plans::plan).or(() -> planOf(session.routine())), now);
        if (session.assignment() != null && pinned.isEmpty()) {
            problems.add(new ValidationException.FieldProblem("assignment",
                    "No assignment of yours with id " + session.assignment() + " for this routine."));
        }
        idempotencyKey.filter(key -> key.isBlank() || key.length() > MAX_IDEMPOTENCY_KEY_LENGTH).ifPresent(key ->
                problems.add(new ValidationException.FieldProblem("Idempotency-Key",
                        "Must be 1 to " + MAX_IDEMPOTENCY_KEY_LENGTH + " characters.")));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        // PostgreSQL keeps microseconds: store what will be read back, and hash that.
        var stored = new NewSession(session.routine(), session.context(), session.startedAt().truncatedTo(ChronoUnit.MICROS),
                session.durationSeconds(), session.completedSets(), session.ratings(), session.pain(), session.note(),
                session.assignment());
        String hash = idempotencyKey.map(key -> hash(stored)).orElse(null);
        UUID id = UUID.randomUUID();
        var row = sessions.insertOnce(id, caller.id(), stored, idempotencyKey.orElse(null), hash,
                now.truncatedTo(ChronoUnit.MICROS));
        if (!row.madeBy(hash)) {
            throw new ConflictException("This Idempotency-Key was already used for a different session.");
        }
        var view = row.view();
        boolean created = view.id().equals(id);
        if (created) {
            meters.logged();
        }
        return new SessionLogged(view, created);
    }

    /** The caller's sessions started from {@code from} up to {@code to}, days in the caller's time zone, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<LoggedSession> list(Optional<SessionBound> from, Optional<SessionBound> to, PageRequest page) {
        boolean byDay = Stream.of(from, to).flatMap(Optional::stream).anyMatch(SessionBound.Day.class::isInstance);
        ZoneId zone = byDay ? ZoneId.of(accounts.current().timeZone()) : ZoneOffset.UTC;
        return sessions.page(caller.id(), from.map(bound -> bound.startIn(zone)), to.map(bound -> bound.endIn(zone)), page)
                .map(TrainingSession::view);
    }

    /** How many sessions the caller logged per week, keyed by each week's Monday in the given time zone. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<LocalDate, Integer> countPerWeek(ZoneId zone) {
        return sessions.countPerWeek(caller.id(), zone);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LoggedSession get(UUID id) {
        return sessions.findOwn(id, caller.id()).map(TrainingSession::view)
                .orElseThrow(() -> new NoSuchEntryException("session", id.toString()));
    }

    @Transactional
    public void delete(UUID id) {
        if (!sessions.deleteOwn(id, caller.id())) {
            throw new NoSuchEntryException("session", id.toString());
        }
    }

    private Optional<RoutinePlan> planOf(String routine) {
        if (routine == null || routine.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(plans.plan(routine));
        } catch (NoSuchEntryException e) {
            return Optional.empty();
        }
    }

    /** The assignment's routine as pinned, when the assignment targets the caller and is of the session's routine. */
    private Optional<PublishedRoutine> pinned(NewSession session) {
        return Optional.ofNullable(session.assignment()).flatMap(assigned::pinnedFor)
                .filter(routine -> routine.slug().equals(session.routine()));
    }

    /** Records print every field in a fixed order, so equal requests hash equally. */
    private static String hash(NewSession session) {
        return Sha256.hex(session.toString().getBytes(StandardCharsets.UTF_8));
    }
}
