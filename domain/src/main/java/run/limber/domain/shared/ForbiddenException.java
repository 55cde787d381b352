package run.limber.domain.shared;

/** The caller may do this kind of thing in general, but not to this object, such as approving their own change. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
