package run.limber.testing;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL database of its own for each test run, for every {@code @QuarkusTest} and
 * {@code @QuarkusIntegrationTest} in this module.
 * <p>
 * With the local server on 127.0.0.1:5432 (user {@code postgres}, trust auth) it creates a fresh database
 * {@code limber_test_<random>} and drops it at the end, so concurrent runs never share data. Without that server
 * it starts an embedded PostgreSQL on a random port in a temporary directory.
 * <p>
 * The resource is registered once, globally, by the annotation on this class. Tests need nothing else, and must not
 * add their own test resources or {@code @TestProfile}s without need: all tests that share the same resources share
 * one Quarkus boot, and a different set restarts Quarkus. A new test is just:
 * <pre>{@code
 * @QuarkusTest
 * class DrillResourceTest {
 *     @Test
 *     void listsPublishedDrills() {
 *         given().when().get("/api/v1/drills").then().statusCode(200);
 *     }
 * }
 * }</pre>
 * and its packaged-app twin is {@code @QuarkusIntegrationTest class DrillResourceIT extends DrillResourceTest {}}.
 */
@WithTestResource(value = PostgresTestResource.class, scope = TestResourceScope.GLOBAL)
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String USER = "postgres";

    private String database;
    private EmbeddedPostgres embedded;

    @Override
    public Map<String, String> start() {
        String url;
        try (Connection connection = connectToLocalServer()) {
            database = "limber_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute(connection, "CREATE DATABASE " + database);
            url = LOCAL_SERVER + database;
        } catch (SQLException noLocalServer) {
            url = startEmbedded();
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", USER);
    }

    @Override
    public void stop() {
        if (database != null) {
            try (Connection connection = connectToLocalServer()) {
                execute(connection, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not drop test database " + database, e);
            }
        }
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("Could not stop the embedded test PostgreSQL", e);
            }
        }
    }

    private String startEmbedded() {
        try {
            embedded = EmbeddedPostgres.builder().start(); // random port, temporary data directory removed on close
            return embedded.getJdbcUrl(USER, "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("No PostgreSQL on 127.0.0.1:5432 and the embedded one did not start", e);
        }
    }

    private static Connection connectToLocalServer() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(LOCAL_SERVER + "postgres?connectTimeout=2", USER, null);
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
