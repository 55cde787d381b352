package run.limber.domain.accounts;

import java.time.Duration;

/** Too many failed sign-ins for this account or from this address; try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("Too many sign-in attempts. Try again in " + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minutes.");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
