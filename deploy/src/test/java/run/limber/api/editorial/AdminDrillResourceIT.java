package run.limber.api.editorial;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The editorial workflow of drills against the packaged jar. */
@QuarkusIntegrationTest
class AdminDrillResourceIT extends AdminDrillResourceTest {
}
