package run.limber.api.clubs;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Members, roles and hand-over against the packaged jar. */
@QuarkusIntegrationTest
class ClubMemberResourceIT extends ClubMemberResourceTest {
}
