package run.limber.deploy.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.demoToken;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.accounts.WebSessions;

/** The web UI's session cookie signs servlet requests in, so Vaadin sees the account; the API ignores it. */
@QuarkusTest
class SessionCookieAuthenticationTest {

    @Inject
    WebSessions sessions;

    @Test
    void aValidSessionCookieSignsTheRequestIn() {
        var account = register();
        String cookie = sessions.start(account.id());

        whoAmI(cookie).then().statusCode(200).body(is(account.id() + " RUNNER"));
    }

    @Test
    void theSessionCarriesTheAccountsRoles() {
        long editorId = as(demoToken(DemoAccounts.EDITOR)).when().get("/api/v1/me").jsonPath().getLong("id");

        whoAmI(sessions.start(editorId)).then().body(is(editorId + " RUNNER EDITOR"));
    }

    @Test
    void withoutACookieOrWithAnUnknownOneTheRequestIsAnonymous() {
        given().when().get("/test/who-am-i").then().statusCode(200).body(is("anonymous"));
        whoAmI("not-a-session").then().statusCode(200).body(is("anonymous"));
    }

    @Test
    void anEndedSessionIsAnonymous() {
        String cookie = sessions.start(register().id());
        sessions.end(cookie);

        whoAmI(cookie).then().body(is("anonymous"));
    }

    @Test
    void disablingTheAccountEndsItsSessionAtOnce() {
        var account = register();
        String cookie = sessions.start(account.id());

        as(demoToken(DemoAccounts.ADMIN)).body(Map.of("disabled", true))
                .when().put("/api/v1/admin/users/{id}/disabled", account.id())
                .then().statusCode(200);

        whoAmI(cookie).then().body(is("anonymous"));
    }

    @Test
    void theApiTakesBearerTokensOnlyNeverTheCookie() {
        String cookie = sessions.start(register().id());

        given().cookie(WebSessions.COOKIE, cookie).when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer");
    }

    private static Response whoAmI(String cookie) {
        return given().cookie(WebSessions.COOKIE, cookie).when().get("/test/who-am-i");
    }
}
