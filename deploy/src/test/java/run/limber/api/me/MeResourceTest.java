package run.limber.api.me;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;
import static run.limber.testing.TestAccounts.signIn;
import static run.limber.testing.TestAccounts.whenNotBusy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/** A signed-in caller's own account, and only theirs. */
@QuarkusTest
class MeResourceTest {

    @Test
    void meIsAlwaysTheCallerNeverAnotherRunner() {
        var a = register();
        var b = register();

        as(a.accessToken()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("id", is((int) a.id()))
                .body("email", is(a.email()))
                .body("email", not(is(b.email())));
        as(b.accessToken()).when().get("/api/v1/me")
                .then().body("id", is((int) b.id()));
    }

    @Test
    void aRunnerChangesTheirNameAndTimeZone() {
        var token = register().accessToken();

        as(token).body(Map.of("displayName", "Grace", "timeZone", "America/Denver"))
                .when().patch("/api/v1/me")
                .then().statusCode(200)
                .body("displayName", is("Grace"))
                .body("timeZone", is("America/Denver"));
        as(token).body(Map.of("timeZone", "Europe/Oslo")).when().patch("/api/v1/me")
                .then().body("displayName", is("Grace"))
                .body("timeZone", is("Europe/Oslo"));
    }

    @Test
    void anUnknownTimeZoneIsAFieldError() {
        as(register().accessToken()).body(Map.of("timeZone", "Mars/Olympus_Mons"))
                .when().patch("/api/v1/me")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("timeZone"));
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutEverywhereElse() {
        var account = register();
        var tokens = account.signIn();

        as(tokens.accessToken()).body(Map.of("currentPassword", "not it", "newPassword", "a fresh passphrase to use"))
                .when().put("/api/v1/me/password")
                .then().statusCode(400)
                .body("errors.field", contains("currentPassword"));
        as(tokens.accessToken())
                .body(Map.of("currentPassword", account.password(), "newPassword", "a fresh passphrase to use"))
                .when().put("/api/v1/me/password")
                .then().statusCode(204);

        client().body(Map.of("refreshToken", tokens.refreshToken())).when().post("/api/v1/auth/refresh")
                .then().statusCode(401);
        client().body(Map.of("email", account.email(), "password", account.password()))
                .when().post("/api/v1/auth/token")
                .then().statusCode(401);
        signIn(account.email(), "a fresh passphrase to use");
    }

    @Test
    void wrongCurrentPasswordsSentAtOnceAreCheckedFiveTimesThenEvenTheRightOneWaits() {
        var account = register();
        String token = account.accessToken();

        var statuses = AtOnce.run(12, i -> whenNotBusy(() -> as(token)
                .body(Map.of("currentPassword", "guess number " + i, "newPassword", "a fresh passphrase to use"))
                .when().put("/api/v1/me/password")).statusCode());

        assertEquals(Map.of(400, 5L, 429, 7L),
                statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        as(token).body(Map.of("password", account.password())).when().delete("/api/v1/me")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
        as(token).when().get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void theExportIsADownloadOfTheAccountAndItsActivityWithAddresses() {
        var account = register();
        String address = "198.19.7.42";
        String token = given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("email", account.email(), "password", account.password()))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().path("accessToken");

        as(token).when().get("/api/v1/me/export")
                .then().statusCode(200)
                .contentType("application/json")
                .header("Content-Disposition", is("attachment; filename=limber-export.json"))
                .body("account.email", is(account.email()))
                .body("activity.type", hasItems("REGISTERED", "LOGIN_SUCCEEDED"))
                .body("activity.address", hasItem(address))
                .body("exportedAt", not(is((Object) null)));
    }

    @Test
    void theExportHoldsTheSessionsSelfTestsAndCalendarOfTheRunner() {
        String token = register().accessToken();
        as(token).body(Map.of("routine", "post-run-cooldown", "context", "AFTER_RUN",
                "startedAt", "2026-11-02T07:30:00Z", "durationSeconds", 240))
                .when().post("/api/v1/me/sessions").then().statusCode(201);
        as(token).body(Map.of("days", List.of("MONDAY", "THURSDAY"), "context", "BEFORE_RUN"))
                .when().post("/api/v1/me/calendar").then().statusCode(201);

        as(token).when().get("/api/v1/me/export")
                .then().statusCode(200)
                .body("data.sessions.routine", contains("post-run-cooldown"))
                .body("data.sessions[0].durationSeconds", is(240))
                .body("data.selfTests", empty())
                .body("data.trainingCalendar.days", containsInAnyOrder("MONDAY", "THURSDAY"));
    }

    @Test
    void deletingTheAccountNeedsThePasswordAndEndsIt() {
        var account = register();
        String token = account.accessToken();

        as(token).body(Map.of("password", "not it")).when().delete("/api/v1/me")
                .then().statusCode(400)
                .body("errors.field", contains("password"));
        as(token).body(Map.of("password", account.password())).when().delete("/api/v1/me")
                .then().statusCode(204);

        as(token).when().get("/api/v1/me").then().statusCode(401);
        client().body(Map.of("email", account.email(), "password", account.password()))
                .when().post("/api/v1/auth/token")
                .then().statusCode(401);
    }
}
