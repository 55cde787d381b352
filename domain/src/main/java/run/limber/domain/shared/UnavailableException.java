package run.limber.domain.shared;

import java.time.Duration;

/**
 * Limber cannot do this right now but will soon: too much expensive work at once, or the database away. Clients
 * are told to try again after {@link #retryAfter()} (503 with {@code Retry-After}); nothing was changed.
 */
public class UnavailableException extends RuntimeException {

    private final Duration retryAfter;

    public UnavailableException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public UnavailableException(String message, Duration retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
