package run.limber.domain.shared;

/** The caller may do this kind of thing in general, but not to this object, such as approving their own change. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
