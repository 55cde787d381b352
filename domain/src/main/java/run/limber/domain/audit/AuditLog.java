package run.limber.domain.audit;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** Writes and reads the audit log. Entries join the caller's transaction, so they commit with what they record. */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository events;
    private final Clock clock;

    AuditLog(AuditRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Records an event; {@code actorId}/{@code actor} are null for anonymous callers. */
    @Transactional
    public void record(AuditType type, Long actorId, String actor, String subject, String detail, String address) {
        events.persist(new AuditEvent(clock.instant(), type, actorId, actor, subject, detail, address));
    }

    @RolesAllowed("ADMIN")
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> list(Optional<AuditType> type, PageRequest page) {
        var query = type.map(t -> events.find("type", Sort.descending("at", "id"), t))
                .orElseGet(() -> events.findAll(Sort.descending("at", "id")));
        var items = query.page(page.page(), page.size()).list().stream().map(AuditEvent::toEntry).toList();
        return new Page<>(items, page.page(), page.size(), query.count());
    }

    /** What an account did, newest first, for its owner's data export. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> activityOf(long accountId) {
        return events.find("actorId", Sort.descending("at", "id"), accountId).stream().map(AuditEvent::toEntry).toList();
    }

    /** Removes an account's email from the log when the account is deleted; what happened stays. */
    @Transactional
    public void forget(long accountId, String email) {
        events.update("actor = null, actorId = null where actorId = ?1", accountId);
        events.update("subject = null where subject = ?1", email);
    }

    /** When the n-th most recent failed sign-in for this email since {@code since} happened, if there were n. */
    public Optional<Instant> nthFailureFor(String email, Instant since, int n) {
        return events.nthRecentFailure("subject", email, since, n);
    }

    /** The same per client address, since a whole gym's wifi may try many accounts. */
    public Optional<Instant> nthFailureFrom(String address, Instant since, int n) {
        return events.nthRecentFailure("address", address, since, n);
    }
}
