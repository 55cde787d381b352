package run.limber.domain.shared;

/** Thrown when a client asks for something that does not exist (or that they may not see). */
public class NoSuchEntryException extends RuntimeException {

    public NoSuchEntryException(String what, String key) {
        super("No " + what + " '" + key + "'");
    }
}
