package run.limber.domain.accounts;

import java.time.Duration;

/** Too many attempts of one kind for this account or from this address; try again after {@link #retryAfter()}. */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;

    /** {@code what} says what there were too many of, as a sentence: "Too many sign-in attempts." */
    public TooManyAttemptsException(String what, Duration retryAfter) {
        super(what + " Try again in " + minutes(retryAfter) + ".");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up: "Try again in 1 minute" is better than a wait that ends too early. */
    static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
