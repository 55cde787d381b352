package run.limber.deploy.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import run.limber.domain.shared.DirectConnections;

/** One quick connection to an external database, so a wrong URL fails in seconds with one clear line. */
final class DatabaseCheck {

    private DatabaseCheck() {
    }

    static void requireReachable(String url, Optional<String> username, Optional<String> password)
            throws DatabaseException {
        try (Connection connection = DirectConnections.open(url, username, password, "limber-start-check")) {
            // reachable
        } catch (SQLException e) {
            throw failure(url, String.valueOf(e.getMessage()));
        }
    }

    private static DatabaseException failure(String url, String reason) {
        return new DatabaseException("Limber cannot reach the database at %s: %s. Check QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, and that the server is running."
                .formatted(withoutParameters(url), reason.replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "")));
    }

    /** The URL without its query string, which may carry a password. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
