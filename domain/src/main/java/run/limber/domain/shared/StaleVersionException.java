package run.limber.domain.shared;

/** A write based on a version that someone else has changed since: it is refused rather than overwriting theirs. */
public class StaleVersionException extends RuntimeException {

    private final long expected;
    private final long current;

    public StaleVersionException(String what, long expected, long current) {
        super(what + " has changed since version " + expected + " (it is at version " + current
                + " now); reload it and apply your change again");
        this.expected = expected;
        this.current = current;
    }

    public long expected() {
        return expected;
    }

    public long current() {
        return current;
    }
}
