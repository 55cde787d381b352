package run.limber.domain.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * A PostgreSQL connection outside the pool, for work that must not hold a pooled one or runs before the pool exists:
 * the start-up check, the shared JWT keys, the publications listener.
 */
public final class DirectConnections {

    private static final String TIMEOUT_SECONDS = "5";

    private DirectConnections() {
    }

    /**
     * Opens one, named {@code applicationName} in pg_stat_activity, giving up on connecting or logging in after
     * {@value #TIMEOUT_SECONDS} seconds. The driver directly rather than DriverManager: no dependence on which class
     * loader registered it.
     */
    public static Connection open(String url, Optional<String> username, Optional<String> password,
                                  String applicationName) throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(value -> properties.setProperty("user", value));
        password.ifPresent(value -> properties.setProperty("password", value));
        properties.setProperty("connectTimeout", TIMEOUT_SECONDS);
        properties.setProperty("loginTimeout", TIMEOUT_SECONDS);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", applicationName);
        Connection connection = new Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
        }
        return connection;
    }
}
