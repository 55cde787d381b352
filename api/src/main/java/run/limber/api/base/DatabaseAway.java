package run.limber.api.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import run.limber.domain.shared.UnavailableException;

/**
 * Tells a failure of the database connection (PostgreSQL restarting, unreachable, or the pool out of connections)
 * from a bug, so the client hears "try again shortly" (503) rather than "something broke" (500). Whatever layer wraps
 * it (Hibernate, the transaction manager), the cause is a JDBC exception whose SQLState says so.
 */
final class DatabaseAway {

    /** Long enough for PostgreSQL to restart or fail over, short enough that a client does not give up. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private DatabaseAway() {
    }

    static Optional<UnavailableException> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (isConnectionFailure(cause)) {
                return Optional.of(new UnavailableException("The database cannot be reached right now. Try again"
                        + " shortly; a write sent again with the same Idempotency-Key is recorded once.", RETRY_AFTER,
                        failure));
            }
        }
        return Optional.empty();
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException) {
            return true;
        }
        if (!(cause instanceof SQLException sql) || sql.getSQLState() == null) {
            return false;
        }
        String state = sql.getSQLState();
        // 08: connection exception; 57P01-57P03: the server is shutting down, crashed or is starting up.
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }
}
