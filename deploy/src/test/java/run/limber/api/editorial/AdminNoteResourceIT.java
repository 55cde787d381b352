package run.limber.api.editorial;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The editorial workflow of notes against the packaged jar. */
@QuarkusIntegrationTest
class AdminNoteResourceIT extends AdminNoteResourceTest {
}
