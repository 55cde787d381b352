package run.limber.api.sessions;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Logging sessions against the packaged jar. */
@QuarkusIntegrationTest
class SessionResourceIT extends SessionResourceTest {
}
