package run.limber.deploy.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.accounts.WebSessions;
import run.limber.testing.DemoCallers;
import run.limber.testing.TestAccounts;

/**
 * The web session cookie never signs an API request in, however the path is spelled: whatever the router hands to the
 * API answers the cookie exactly as it answers no credentials at all (401; spellings the router gives the web UI get
 * its page for an unknown address), and a workflow step sent with the cookie changes nothing. Requests go out through {@link HttpClient}, which sends the path as written (RestAssured would tidy it).
 */
@QuarkusTest
class CookieNeverReachesApiTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URL base;

    @Inject
    WebSessions sessions;

    @Test
    void readsWithTheCookieAreAnsweredAsAnonymous() throws Exception {
        long adminId = DemoCallers.admin().given().get("/api/v1/me").jsonPath().getLong("id");
        String cookie = sessions.start(adminId);

        for (String path : List.of("/api/v1/me", "/api/v1/me/sessions", "/api/v1/me/progress", "/api/v1/me/export",
                "/api/v1/me/assessments", "/api/v1/admin/audit", "/api/v1/admin/users", "/api/v1/admin/notes")) {
            for (String spelling : spellings(path)) {
                var anonymous = send("GET", spelling, null, null, null);
                var withCookie = send("GET", spelling, cookie, null, null);
                assertEquals(anonymous.statusCode(), withCookie.statusCode(), "GET " + spelling);
                assertFalse(withCookie.body().contains(DemoAccounts.ADMIN), "GET " + spelling + " showed the account");
            }
        }
        assertEquals(401, send("GET", "/api/v1/me", cookie, null, null).statusCode());
    }

    @Test
    void workflowStepsWithTheCookieChangeNothing() throws Exception {
        String slug = "cookie-" + UUID.randomUUID().toString().substring(0, 8);
        DemoCallers.publish("notes", slug, Map.of("slug", slug, "title", "Cookie test", "category", "RECOVERY",
                "timing", "AFTER_RUN", "body", "Sleep.", "medicalDisclaimer", true));
        long adminId = DemoCallers.admin().given().get("/api/v1/me").jsonPath().getLong("id");
        String cookie = sessions.start(adminId);

        for (String step : List.of("unpublish", "archive")) {
            for (String spelling : spellings("/api/v1/admin/notes/" + slug + "/" + step)) {
                for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded",
                        "multipart/form-data; boundary=x"}) {
                    String body = type == null ? null : "a=b";
                    assertEquals(send("POST", spelling, null, type, body).statusCode(),
                            send("POST", spelling, cookie, type, body).statusCode(), "POST " + spelling + " (" + type + ")");
                }
            }
        }
        TestAccounts.client().when().get("/api/v1/notes/" + slug).then().statusCode(200);
        DemoCallers.admin().given().when().get("/api/v1/admin/notes/" + slug)
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("PUBLISHED"));
    }

    @Test
    void aJsonEndpointRefusesABodyOfAnotherTypeButTakesNoBodyAtAll() throws Exception {
        String slug = "typed-" + UUID.randomUUID().toString().substring(0, 8);
        DemoCallers.publish("notes", slug, Map.of("slug", slug, "title", "Typed test", "category", "RECOVERY",
                "timing", "AFTER_RUN", "body", "Sleep.", "medicalDisclaimer", true));
        String token = TestAccounts.demoToken(DemoAccounts.ADMIN);

        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
                "application/xml")) {
            var refused = sendWithToken("/api/v1/admin/notes/" + slug + "/unpublish", token, type, "a=b");
            assertEquals(415, refused.statusCode(), type);
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        }
        DemoCallers.admin().given().when().get("/api/v1/admin/notes/" + slug)
                .then().body("status", org.hamcrest.Matchers.is("PUBLISHED"));

        assertEquals(200, sendWithToken("/api/v1/admin/notes/" + slug + "/unpublish", token, null, null).statusCode());
    }

    /** Load tools and some HTTP libraries name a type on every request; without a body there is nothing to refuse. */
    @Test
    void aRequestWithoutABodyPassesWhateverTypeItNames() throws Exception {
        assertEquals(200, send("GET", "/api/v1/drills/straight-leg-ankle-matrix", null, "text/html", null).statusCode());
    }

    /** The same path as a client might spell it to get past a check on the raw path. */
    private static List<String> spellings(String path) {
        String rest = path.substring("/api".length());
        var spellings = new ArrayList<>(List.of(
                path,
                "/api;x" + rest,
                "/api;jsessionid=1" + rest,
                path + ";x",
                path.replace("/v1/", "/v1;x/"),
                "/%61pi" + rest,
                "/%61%70%69" + rest,
                "/api%2F" + rest.substring(1),
                path.substring(0, path.length() - 1) + "%" + Integer.toHexString(path.charAt(path.length() - 1)),
                "/" + path,
                "/api/" + rest,
                path.replace("/v1/", "/v1//"),
                "/x/.." + path,
                "/api/." + rest,
                "/api/x/.." + rest,
                "/%2E%2E" + path,
                path + "/",
                path + "//",
                "/API" + rest,
                "/Api" + rest,
                path.toUpperCase()));
        return spellings;
    }

    private HttpResponse<String> send(String method, String path, String cookie, String type, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", TestAccounts.uniqueAddress())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", WebSessions.COOKIE + "=" + cookie);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> sendWithToken(String path, String token, String type, String body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", TestAccounts.uniqueAddress())
                .header("Authorization", "Bearer " + token)
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://" + base.getHost() + ":" + base.getPort() + path);
    }
}
