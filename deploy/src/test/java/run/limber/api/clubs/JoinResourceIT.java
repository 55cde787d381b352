package run.limber.api.clubs;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Joining a club against the packaged jar, concurrent joins included. */
@QuarkusIntegrationTest
class JoinResourceIT extends JoinResourceTest {
}
