package run.limber.api;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The access matrix against the packaged jar: every endpoint is there, guarded as in the tests. */
@QuarkusIntegrationTest
class AccessMatrixIT extends AccessMatrixTest {
}
