package run.limber.api.sessions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Logging sessions: once per idempotency key, only ever the caller's own, validated field by field. */
@QuarkusTest
class SessionResourceTest {

    private static final String SESSIONS = "/api/v1/me/sessions";

    @Test
    void aLoggedSessionComesBackWithItsIdAndLocation() {
        String token = register().accessToken();
        var body = session("2026-11-20T07:00:00Z");
        body.put("completedSets", List.of(Map.of("drill", "hip-switches"),
                Map.of("drill", "side-lying-open-books", "side", "RIGHT")));
        body.put("ratings", List.of(Map.of("drill", "side-lying-open-books", "side", "RIGHT", "ease", 4)));
        body.put("pain", true);
        body.put("note", "  tight hips  ");

        var created = as(token).body(body).when().post(SESSIONS)
                .then().statusCode(201)
                .body("routine", is("post-run-cooldown"))
                .body("context", is("AFTER_RUN"))
                .body("startedAt", is("2026-11-20T07:00:00Z"))
                .body("durationSeconds", is(240))
                .body("completedSets.drill", contains("hip-switches", "side-lying-open-books"))
                .body("ratings[0].ease", is(4))
                .body("pain", is(true))
                .body("note", is("tight hips"))
                .extract();
        String id = created.path("id");
        assertEquals(SESSIONS + "/" + id, java.net.URI.create(created.header("Location")).getPath());

        as(token).when().get(SESSIONS + "/" + id)
                .then().statusCode(200)
                .body("id", is(id))
                .body("completedSets[1].side", is("RIGHT"));
    }

    @Test
    void theSameIdempotencyKeyTwiceLogsOneSession() {
        String token = register().accessToken();
        String key = UUID.randomUUID().toString();

        String first = as(token).header("Idempotency-Key", key).body(session("2026-11-20T07:00:00Z"))
                .when().post(SESSIONS).then().statusCode(201).extract().path("id");
        String again = as(token).header("Idempotency-Key", key).body(session("2026-11-20T07:00:00Z"))
                .when().post(SESSIONS).then().statusCode(200).extract().path("id");

        assertEquals(first, again);
        as(token).when().get(SESSIONS).then().body("total", is(1));
    }

    @Test
    void twoConcurrentPostsWithOneKeyLogOneSession() throws Exception {
        String token = register().accessToken();
        String key = UUID.randomUUID().toString();
        var barrier = new CyclicBarrier(2);
        Callable<String> post = () -> {
            var request = as(token).header("Idempotency-Key", key).body(session("2026-11-21T07:00:00Z"));
            barrier.await();
            return request.when().post(SESSIONS).then().extract().path("id");
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(post);
            var b = pool.submit(post);
            assertEquals(a.get(), b.get());
        }
        as(token).when().get(SESSIONS).then().body("total", is(1));
    }

    @Test
    void aKeyReusedForADifferentSessionIsAConflict() {
        String token = register().accessToken();
        String key = UUID.randomUUID().toString();
        as(token).header("Idempotency-Key", key).body(session("2026-11-20T07:00:00Z")).when().post(SESSIONS)
                .then().statusCode(201);

        as(token).header("Idempotency-Key", key).body(session("2026-11-22T07:00:00Z")).when().post(SESSIONS)
                .then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void oneRunnersKeyDoesNotCollideWithAnothers() {
        String key = UUID.randomUUID().toString();
        String a = as(register().accessToken()).header("Idempotency-Key", key).body(session("2026-11-20T07:00:00Z"))
                .when().post(SESSIONS).then().statusCode(201).extract().path("id");
        String b = as(register().accessToken()).header("Idempotency-Key", key).body(session("2026-11-20T07:00:00Z"))
                .when().post(SESSIONS).then().statusCode(201).extract().path("id");
        assertNotEquals(a, b);
    }

    @Test
    void sessionsArePagedNewestFirstAndFilteredByStartTime() {
        String token = register().accessToken();
        for (String day : List.of("2026-11-02", "2026-11-04", "2026-11-06", "2026-11-08")) {
            as(token).body(session(day + "T07:00:00Z")).when().post(SESSIONS).then().statusCode(201);
        }

        as(token).queryParam("size", 3).when().get(SESSIONS)
                .then().statusCode(200)
                .body("total", is(4))
                .body("page", is(0))
                .body("size", is(3))
                .body("items.startedAt", contains("2026-11-08T07:00:00Z", "2026-11-06T07:00:00Z",
                        "2026-11-04T07:00:00Z"));
        as(token).queryParam("size", 3).queryParam("page", 1).when().get(SESSIONS)
                .then().body("items.startedAt", contains("2026-11-02T07:00:00Z"));
        as(token).queryParam("from", "2026-11-04").queryParam("to", "2026-11-06").when().get(SESSIONS)
                .then().body("items.startedAt", contains("2026-11-06T07:00:00Z", "2026-11-04T07:00:00Z"));
        as(token).queryParam("from", "2026-11-04T07:00:00Z").queryParam("to", "2026-11-06T07:00:00Z")
                .when().get(SESSIONS)
                .then().body("items.startedAt", contains("2026-11-04T07:00:00Z"));
        as(token).queryParam("from", "last tuesday").when().get(SESSIONS)
                .then().statusCode(400)
                .body("errors.field", contains("from"));
    }

    @Test
    void anotherRunnersSessionIsNotFoundAndCannotBeDeleted() {
        String a = register().accessToken();
        String b = register().accessToken();
        String id = as(a).body(session("2026-11-20T07:00:00Z")).when().post(SESSIONS).then().extract().path("id");

        as(b).when().get(SESSIONS + "/" + id).then().statusCode(404).contentType("application/problem+json");
        as(b).when().delete(SESSIONS + "/" + id).then().statusCode(404);
        as(b).when().get(SESSIONS).then().body("total", is(0));
        as(a).when().get(SESSIONS + "/" + id).then().statusCode(200);
    }

    @Test
    void aRunnerDeletesTheirSession() {
        String token = register().accessToken();
        String id = as(token).body(session("2026-11-20T07:00:00Z")).when().post(SESSIONS).then().extract().path("id");

        as(token).when().delete(SESSIONS + "/" + id).then().statusCode(204);
        as(token).when().get(SESSIONS + "/" + id).then().statusCode(404);
        as(token).when().delete(SESSIONS + "/" + id).then().statusCode(404);
        as(token).when().get(SESSIONS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void everyInvalidFieldIsNamed() {
        var body = new HashMap<String, Object>();
        body.put("routine", "marathon-in-a-day");
        body.put("context", "AFTER_RUN");
        body.put("startedAt", Instant.now().plus(1, ChronoUnit.DAYS).toString());
        body.put("durationSeconds", -5);

        as(register().accessToken()).body(body).when().post(SESSIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("routine", "startedAt", "durationSeconds"));
    }

    @Test
    void ratingsAndSetsMustBelongToTheRoutine() {
        var body = session("2026-11-20T07:00:00Z");
        body.remove("context");
        body.put("completedSets", List.of(Map.of("drill", "hip-switches", "side", "LEFT")));
        body.put("ratings", List.of(Map.of("drill", "side-lying-open-books", "side", "LEFT", "ease", 6),
                Map.of("drill", "straight-leg-ankle-matrix", "ease", 3)));

        as(register().accessToken()).body(body).when().post(SESSIONS)
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("context", "completedSets[0]", "ratings[0].ease",
                        "ratings[1].drill"));
    }

    @Test
    void anUnknownEnumValueIsAFieldErrorNamingTheAllowedOnes() {
        String token = register().accessToken();
        var body = session("2026-11-20T07:00:00Z");
        body.put("context", "LUNCH_BREAK");
        as(token).body(body).when().post(SESSIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("context"))
                .body("errors[0].message", containsString("BEFORE_RUN, AFTER_RUN, REST_DAY"));

        body = session("2026-11-20T07:00:00Z");
        body.put("ratings", List.of(Map.of("drill", "hip-switches", "side", "UP", "ease", 3)));
        as(token).body(body).when().post(SESSIONS)
                .then().statusCode(400)
                .body("errors.field", contains("ratings[0].side"));
    }

    @Test
    void signingInIsRequired() {
        given().contentType("application/json").body(session("2026-11-20T07:00:00Z"))
                .when().post(SESSIONS)
                .then().statusCode(401)
                .header("WWW-Authenticate", endsWith("Bearer"));
    }

    private static Map<String, Object> session(String startedAt) {
        var body = new HashMap<String, Object>();
        body.put("routine", "post-run-cooldown");
        body.put("context", "AFTER_RUN");
        body.put("startedAt", startedAt);
        body.put("durationSeconds", 240);
        return body;
    }
}
