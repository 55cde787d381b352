package run.limber.deploy.database;

import java.nio.file.Path;
import java.util.Optional;
import run.limber.deploy.LaunchSettings;

/**
 * The PostgreSQL server Limber runs on, prepared before Quarkus reads its datasource settings.
 * <p>
 * With {@code QUARKUS_DATASOURCE_JDBC_URL} (or {@code -Dquarkus.datasource.jdbc.url}) that server is used, after one
 * quick connection check. Without it Limber starts an embedded PostgreSQL whose data lives in
 * {@code $LIMBER_DATA_DIR/postgres} ({@code ~/.limber/postgres} by default) on port {@code LIMBER_EMBEDDED_DB_PORT}
 * (default 54329), and points Quarkus at it through system properties. The system properties {@code limber.data-dir}
 * and {@code limber.embedded-db-port} work too, for a {@code java -D...} command line.
 */
public interface Database extends AutoCloseable {

    /** Set to {@code true} when Limber runs on its embedded database (a demo or single-user install). */
    String EMBEDDED_PROPERTY = "limber.embedded-database";
    /** The system property that may name the data directory instead of {@code LIMBER_DATA_DIR}. */
    String DATA_DIR_PROPERTY = "limber.data-dir";

    /** Whether {@link #prepare()} will start the embedded PostgreSQL: no external server is configured. */
    static boolean embedded() {
        return jdbcUrl().isEmpty();
    }

    static Database prepare() throws DatabaseException {
        Optional<String> url = jdbcUrl();
        if (url.isPresent()) {
            DatabaseCheck.requireReachable(url.get(),
                    setting("QUARKUS_DATASOURCE_USERNAME", "quarkus.datasource.username"),
                    setting("QUARKUS_DATASOURCE_PASSWORD", "quarkus.datasource.password"));
            return () -> { };
        }
        Path dataDir = setting("LIMBER_DATA_DIR", DATA_DIR_PROPERTY)
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".limber"))
                .toAbsolutePath().normalize();
        var embedded = EmbeddedDatabase.start(dataDir, port(setting("LIMBER_EMBEDDED_DB_PORT", "limber.embedded-db-port")));
        System.setProperty("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty(EMBEDDED_PROPERTY, "true");
        return embedded;
    }

    /** Stops what {@link #prepare()} started; call it after Quarkus has stopped. */
    @Override
    void close();

    private static int port(Optional<String> value) throws DatabaseException {
        try {
            int port = value.map(Integer::parseInt).orElse(54329);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DatabaseException("LIMBER_EMBEDDED_DB_PORT must be a port number (1-65535), not '" + value.get() + "'.");
    }

    private static Optional<String> jdbcUrl() {
        return setting("QUARKUS_DATASOURCE_JDBC_URL", "quarkus.datasource.jdbc.url");
    }

    private static Optional<String> setting(String environmentVariable, String systemProperty) {
        return LaunchSettings.get(environmentVariable, systemProperty);
    }
}
