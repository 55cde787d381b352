package run.limber.deploy.database;

/** The database cannot be used; the message is one line for the person starting Limber, without a stack trace. */
public class DatabaseException extends Exception {

    DatabaseException(String message) {
        super(message);
    }
}
