package run.limber.webui.shell;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.WebSessions;
import run.limber.testing.AtOnce;
import run.limber.testing.TestAccounts;

/** How long the session lives that a page load makes, read from the server's side (the client never starts here). */
@QuarkusTest
class RenderOnlySessionTest {

    @Inject
    WebSessions sessions;

    @Test
    void cookielessPageLoadsAtOnceEachMakeASessionThatLivesOnlySeconds() {
        var made = AtOnce.run(20, call -> sessionOf(given().when().get("/reference")));

        assertThat(new HashSet<>(made).size(), is(20));
        assertThat(made.stream().map(HttpSession::getMaxInactiveInterval).toList(),
                everyItem(is(RenderOnlyUi.RENDER_ONLY_SESSION_SECONDS)));
        assertThat(LiveSessions.fullTimeout(made.getFirst()), greaterThan(RenderOnlyUi.RENDER_ONLY_SESSION_SECONDS));
    }

    @Test
    void aPageLoadInASessionThatExistedLeavesItsLifeAlone() {
        HttpSession session = sessionOf(given().when().get("/reference"));
        // As after its client started.
        session.setMaxInactiveInterval(LiveSessions.fullTimeout(session));

        given().cookie(LiveSessions.COOKIE, session.getId()).when().get("/notes").then().statusCode(200);

        assertThat(session.getMaxInactiveInterval(), is(LiveSessions.fullTimeout(session)));
    }

    @Test
    void aSignedInVisitorsNewSessionLivesTheFullTimeout() {
        String signedIn = sessions.start(TestAccounts.register().id());

        HttpSession session = sessionOf(given().cookie(WebSessions.COOKIE, signedIn).when().get("/reference"));

        assertThat(session.getMaxInactiveInterval(), is(LiveSessions.fullTimeout(session)));
    }

    private static HttpSession sessionOf(Response response) {
        response.then().statusCode(200);
        return LiveSessions.get(response.getCookie(LiveSessions.COOKIE));
    }
}
