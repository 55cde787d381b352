package run.limber.deploy.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

import org.postgresql.Driver;

/** One quick connection to an external database, so a wrong URL fails in seconds with one clear line. */
final class DatabaseCheck {

    private static final String TIMEOUT_SECONDS = "5";

    private DatabaseCheck() {
    }

    static void requireReachable(String url, Optional<String> username, Optional<String> password)
            throws DatabaseException {
        Properties properties = new Properties();
        username.ifPresent(value -> properties.setProperty("user", value));
        password.ifPresent(value -> properties.setProperty("password", value));
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        // The driver directly rather than DriverManager: no dependence on which class loader registered it.
        try (Connection connection = new Driver().connect(url, properties)) {
            if (connection == null) {
                throw failure(url, "not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
            }
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
