package run.limber.deploy.database;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseCheckTest {

    @Test
    void anUnreachableServerIsOneLineThatNamesTheUrlButNotItsSecrets() {
        var failure = assertThrows(DatabaseException.class, () -> DatabaseCheck.requireReachable(
                "jdbc:postgresql://127.0.0.1:1/limber?password=hunter2", Optional.of("limber"), Optional.empty()));
        assertTrue(failure.getMessage().startsWith("Limber cannot reach the database at jdbc:postgresql://127.0.0.1:1/limber: "),
                failure.getMessage());
        assertFalse(failure.getMessage().contains("hunter2"));
        assertFalse(failure.getMessage().contains("\n"));
    }

    @Test
    void aUrlForAnotherDatabaseIsRefused() {
        var failure = assertThrows(DatabaseException.class,
                () -> DatabaseCheck.requireReachable("jdbc:mysql://127.0.0.1/limber", Optional.empty(), Optional.empty()));
        assertTrue(failure.getMessage().contains("not a PostgreSQL JDBC URL"), failure.getMessage());
    }
}
