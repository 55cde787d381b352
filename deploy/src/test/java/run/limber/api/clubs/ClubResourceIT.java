package run.limber.api.clubs;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Clubs against the packaged jar: creating, reading with ETag, editing with If-Match, join links from the public URL. */
@QuarkusIntegrationTest
class ClubResourceIT extends ClubResourceTest {
}
