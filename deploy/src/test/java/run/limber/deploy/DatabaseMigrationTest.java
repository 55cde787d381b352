package run.limber.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DatabaseMigrationTest {

    @Inject
    Flyway flyway;

    @Test
    void migratedAtStartBeforeServingRequests() {
        assertEquals(0, flyway.info().pending().length);
    }
}
