package run.limber.domain.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.ClientAddresses;

/**
 * Checks the {@link AttemptLimit}s. Each limit's count is read under a PostgreSQL advisory lock on the limit and its
 * key (the email or the address), held until the caller's transaction ends; the caller records its attempt in that
 * same transaction, so attempts arriving at once are counted one after another, on every instance.
 */
@ApplicationScoped
class CredentialThrottle {

    private final AuditLog audit;
    private final ClientAddresses addresses;
    private final Clock clock;

    CredentialThrottle(AuditLog audit, ClientAddresses addresses, Clock clock) {
        this.audit = audit;
        this.addresses = addresses;
        this.clock = clock;
    }

    /**
     * Refuses the attempt when one of the limits is reached, with the longest wait among them. A limit per address
     * counts the current request's address, the one the audit log records the attempt from; it is skipped when there
     * is none (work without a request).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void check(String subject, AttemptLimit... limits) {
        var now = clock.instant();
        String address = addresses.current().orElse(null);
        Optional<Instant> until = Optional.empty();
        AttemptLimit reached = null;
        // In the enum's order, so two callers never wait for each other's locks crosswise.
        for (var limit : EnumSet.copyOf(List.of(limits))) {
            String key = limit.per == AttemptLimit.Per.SUBJECT ? subject : address;
            if (key == null) {
                continue;
            }
            audit.lockUntilCommit(limit.name(), key);
            Instant since = now.minus(limit.window);
            var nth = limit.per == AttemptLimit.Per.SUBJECT
                    ? audit.nthRecentAbout(key, limit.counted, since, limit.attempts, limit.clearedByReset())
                    : audit.nthRecentFrom(key, limit.counted, since, limit.attempts);
            var limitUntil = nth.map(oldest -> oldest.plus(limit.window));
            if (limitUntil.isPresent() && (until.isEmpty() || limitUntil.get().isAfter(until.get()))) {
                until = limitUntil;
                reached = limit;
            }
        }
        if (reached != null) {
            throw new TooManyAttemptsException(reached.tooMany, Duration.between(now, until.get()));
        }
    }
}
