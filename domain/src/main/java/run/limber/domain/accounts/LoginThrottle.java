package run.limber.domain.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import run.limber.domain.audit.AuditLog;

/**
 * Slows down password guessing: after 10 failed sign-ins for one account, or 100 from one address
 * (a club's gym shares one), within 15 minutes, further attempts wait. The failures are the audit
 * log's own LOGIN_FAILED entries, so the limit holds across app instances and restarts.
 */
@ApplicationScoped
class LoginThrottle {

    static final int PER_ACCOUNT = 10;
    static final int PER_ADDRESS = 100;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final AuditLog audit;

    LoginThrottle(AuditLog audit) {
        this.audit = audit;
    }

    /** How long this sign-in must wait, or empty when it may go ahead. */
    Optional<Duration> waitBefore(String email, String address, Instant now) {
        Instant since = now.minus(WINDOW);
        var accountLimit = audit.nthFailureFor(email, since, PER_ACCOUNT);
        var addressLimit = address == null ? Optional.<Instant>empty() : audit.nthFailureFrom(address, since, PER_ADDRESS);
        return Stream.of(accountLimit, addressLimit)
                .flatMap(Optional::stream)
                .map(failure -> failure.plus(WINDOW))
                .max(Comparator.naturalOrder())
                .map(until -> Duration.between(now, until));
    }
}
