package run.limber.domain.audit;

import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** Writes and reads the audit log. Entries join the caller's transaction, so they commit with what they record. */
@ApplicationScoped
public class AuditLog {

    private final AuditRepository events;
    private final ClientAddresses addresses;
    private final Clock clock;

    AuditLog(AuditRepository events, ClientAddresses addresses, Clock clock) {
        this.events = events;
        this.addresses = addresses;
        this.clock = clock;
    }

    /** Records an event, from the address of the current request (none without a request). */
    @Transactional
    public void record(AuditRecord what) {
        recordFrom(addresses.current(), what);
    }

    /**
     * Records an event from the address given instead of the current request's: for work done later, on a thread
     * without a request, for a request that asked for it (an import), or for an entry that must keep no address.
     */
    @Transactional
    public void recordFrom(Optional<String> address, AuditRecord what) {
        events.persist(new AuditEvent(clock.instant(), what, address.orElse(null)));
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

    /**
     * Records an attempt with credentials before its outcome is known, as the failure it is until proven otherwise,
     * so that throttles count attempts still being checked; {@link #settle} or {@link #withdraw} it afterwards.
     * Returns the entry's id; the address is the current request's, as for {@link #record}.
     */
    @Transactional
    public long open(AuditRecord failure) {
        var event = new AuditEvent(clock.instant(), failure, addresses.current().orElse(null));
        events.persist(event);
        return event.id();
    }

    /**
     * Gives an attempt its outcome: a success, or the failure with a detail. The outcome's type, actor and detail
     * replace the attempt's; its subject and address stay.
     */
    @Transactional
    public void settle(long entry, AuditRecord outcome) {
        events.findByIdOptional(entry).ifPresent(event -> event.settle(outcome));
    }

    /** Removes an attempt's entry: it never happened (Limber was too busy to check it), or it was no failure. */
    @Transactional
    public void withdraw(long entry) {
        events.deleteById(entry);
    }

    /**
     * Holds a PostgreSQL advisory lock on this name and value until the caller's transaction ends, so that counting
     * entries and recording one happen one caller after another, on every instance.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockUntilCommit(String name, String value) {
        events.lockUntilCommit(name, value);
    }

    /**
     * When the n-th most recent entry of these types about this subject since {@code since} was written, if there
     * were n; with {@code sinceLastReset}, entries older than the subject's latest password reset do not count.
     */
    public Optional<Instant> nthRecentAbout(String subject, Set<AuditType> types, Instant since, int n,
                                            boolean sinceLastReset) {
        return events.nthRecent("subject", subject, types, since, n, sinceLastReset);
    }

    /** The same per client address. */
    public Optional<Instant> nthRecentFrom(String address, Set<AuditType> types, Instant since, int n) {
        return events.nthRecent("address", address, types, since, n, false);
    }
}
