package run.limber.api.base;

/** A write that does not say which version it was based on; becomes a 428, since it could overwrite anything. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String header) {
        super("Send " + header + " with the ETag of the version you edited, so no one else's change is overwritten.");
    }
}
