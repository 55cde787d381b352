package run.limber.webui.homescreen;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** Offline in a real browser against the packaged app: its production bundle, with no worker of Vaadin's own. */
@QuarkusIntegrationTest
class OfflineBrowserIT extends OfflineBrowserTest {
}
