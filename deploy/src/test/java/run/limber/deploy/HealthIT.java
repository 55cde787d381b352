package run.limber.deploy;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The packaged jar starts through LimberMain, reaches the test database, and reports ready. */
@QuarkusIntegrationTest
class HealthIT extends HealthTest {
}
