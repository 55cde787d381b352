package run.limber.api.editorial;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The editorial workflow of routines against the packaged jar. */
@QuarkusIntegrationTest
class AdminRoutineResourceIT extends AdminRoutineResourceTest {
}
