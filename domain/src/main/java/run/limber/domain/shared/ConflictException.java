package run.limber.domain.shared;

/** A step the current state does not allow, such as publishing what has not been reviewed. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
