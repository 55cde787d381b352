package run.limber.webui.homescreen;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The home-screen files in the packaged app, where Vaadin runs in production mode and serves files of its own. */
@QuarkusIntegrationTest
class HomeScreenIT extends HomeScreenTest {
}
