package run.limber.deploy.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL the README's quick start runs on keeps its data across restarts. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        int port = freePort();
        try (var first = EmbeddedDatabase.start(dataDir, port)) {
            execute(first, "create table kept (note text)", "insert into kept values ('still here')");
        }
        try (var second = EmbeddedDatabase.start(dataDir, port)) {
            try (var connection = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.USER, null);
                 var rows = connection.createStatement().executeQuery("select note from kept")) {
                assertTrue(rows.next());
                assertEquals("still here", rows.getString(1));
            }
        }
    }

    @Test
    void aSecondLimberOnTheSameDataIsRefusedInOneLine() throws Exception {
        try (var running = EmbeddedDatabase.start(dataDir, freePort())) {
            var refused = assertThrows(DatabaseException.class, () -> EmbeddedDatabase.start(dataDir, freePort()));
            assertTrue(refused.getMessage().contains(dataDir.toString()), refused.getMessage());
            assertTrue(!refused.getMessage().contains("\n"), refused.getMessage());
        }
    }

    private static void execute(EmbeddedDatabase database, String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, null);
             var statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
