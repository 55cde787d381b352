package run.limber.deploy.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.testing.TestAccounts;

/** /q/metrics: Prometheus text with the meters an operator watches, HTTP timings per route template only. */
@QuarkusTest
class MetricsTest {

    private static final String DRILL = "straight-leg-ankle-matrix";

    @Test
    void servesPrometheusTextWithTheMetersOperatorsWatch() {
        given().when().get("/api/v1/drills/" + DRILL).then().statusCode(200);
        String text = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200)
                .contentType(startsWith("text/plain")).body(containsString("# TYPE ")).extract().asString();

        List<String> meters = List.of(
                "http_server_requests_seconds_count", "jvm_memory_used_bytes", "jvm_gc_pause_seconds",
                "agroal_active_count", "agroal_available_count", "agroal_awaiting_count",
                "limber_sessions_logged_total", "limber_sign_in_failures_total", "limber_sign_in_throttles_total",
                "limber_password_hashes_running", "limber_password_hashes_waiting",
                "limber_vaadin_sessions", "limber_vaadin_uis");
        assertAll(meters.stream().map(name -> () -> assertTrue(text.contains("\n" + name), name)));
    }

    @Test
    void timesScheduledJobs() throws InterruptedException {
        // Scheduled publishing runs every 30 s from the start: its timer appears after its first run.
        var deadline = Instant.now().plusSeconds(40);
        String text = Scrape.metrics();
        while (!text.contains("scheduled_methods_seconds_count{") && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            text = Scrape.metrics();
        }
        assertTrue(text.contains("class=\"run.limber.domain.editorial.ScheduledPublishing\""), "scheduled publishing's runs");
    }

    @Test
    void timesApiRequestsPerRouteTemplateNotPerPath() {
        String unknown = "no-such-drill-" + UUID.randomUUID();
        given().when().get("/api/v1/drills/" + DRILL).then().statusCode(200);
        given().when().get("/api/v1/drills/" + unknown).then().statusCode(404);

        String text = Scrape.metrics();

        assertAll(
                () -> assertTrue(text.contains("uri=\"/api/v1/drills/{slug}\""), "the route template"),
                () -> assertFalse(text.contains(DRILL), "no series for a slug"),
                () -> assertFalse(text.contains(unknown), "no series for an unknown path"));
    }

    @Test
    void pagesAndVaadinFilesMakeNoSeriesOfTheirOwn() {
        String unknown = "no-such-page-" + UUID.randomUUID();
        given().when().get("/drills/" + DRILL).then().statusCode(200);
        given().when().get("/" + unknown).then().statusCode(404); // the web UI's own not-found page
        given().when().get("/VAADIN/" + unknown + ".js");

        String text = Scrape.metrics();

        assertAll(
                () -> assertTrue(Scrape.sum(text, "limber_vaadin_sessions") >= 1, "the page's Vaadin session"),
                () -> assertFalse(text.contains(DRILL), "no series for a drill page"),
                () -> assertFalse(text.contains(unknown), "no series for an unknown page or file"));
    }

    @Test
    void countsFailedSignIns() {
        var account = register();
        double before = Scrape.sum(Scrape.metrics(), "limber_sign_in_failures_total");

        client().body(Map.of("email", account.email(), "password", "not the password")).when().post("/api/v1/auth/token")
                .then().statusCode(401);

        assertEquals(before + 1, Scrape.sum(Scrape.metrics(), "limber_sign_in_failures_total"));
    }

    @Test
    void countsThrottledSignIns() {
        var account = register();
        for (int i = 0; i < 10; i++) { // the failures an account is allowed (ThrottlingTest)
            client().body(Map.of("email", account.email(), "password", "wrong guess " + i)).when().post("/api/v1/auth/token")
                    .then().statusCode(401);
        }
        double before = Scrape.sum(Scrape.metrics(), "limber_sign_in_throttles_total");

        client().body(Map.of("email", account.email(), "password", account.password())).when().post("/api/v1/auth/token")
                .then().statusCode(429);

        assertEquals(before + 1, Scrape.sum(Scrape.metrics(), "limber_sign_in_throttles_total"));
    }

    @Test
    void countsLoggedSessionsOncePerIdempotencyKey() {
        String token = TestAccounts.signIn(register().email(), TestAccounts.PASSWORD).accessToken();
        String key = UUID.randomUUID().toString();
        double before = Scrape.sum(Scrape.metrics(), "limber_sessions_logged_total");

        for (int i = 0; i < 2; i++) {
            as(token).header("Idempotency-Key", key)
                    .body(Map.of("routine", "ten-minute-mobility", "context", "BEFORE_RUN",
                            "startedAt", "2026-11-30T07:00:00Z", "durationSeconds", 600))
                    .when().post("/api/v1/me/sessions").then().statusCode(i == 0 ? 201 : 200);
        }

        assertEquals(before + 1, Scrape.sum(Scrape.metrics(), "limber_sessions_logged_total"));
    }
}
