package run.limber.api.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.signIn;
import static run.limber.testing.TestAccounts.uniqueAddress;
import static run.limber.testing.TestAccounts.uniqueEmail;
import static run.limber.testing.TestAccounts.whenNotBusy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/** Registering through the API, and the password rules as an API client meets them. */
@QuarkusTest
class RegistrationTest {

    @Test
    void registeringCreatesARunnerAndPointsToMe() {
        String email = uniqueEmail();
        client().body(Map.of("email", email.toUpperCase(), "password", "stride and glide daily", "displayName", "Ada",
                        "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/me"))
                .body("email", is(email))
                .body("displayName", is("Ada"))
                .body("timeZone", is("Europe/Berlin"))
                .body("roles", contains("RUNNER"))
                .body("disabled", is(false))
                .body("$", not(hasKey("password")));
    }

    @Test
    void withoutATimeZoneTheAccountRunsOnUtc() {
        client().body(Map.of("email", uniqueEmail(), "password", "stride and glide daily", "displayName", "Ada"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201)
                .body("timeZone", is("UTC"));
    }

    @Test
    void aTakenEmailIsAFieldError() {
        String email = uniqueEmail();
        register(email, "stride and glide daily").then().statusCode(201);

        register(email.toUpperCase(), "another fine passphrase")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("email"));
    }

    @Test
    void aTooShortPasswordIsRefused() {
        passwordIsRefused("seven77");
    }

    @Test
    void aPasswordOfMoreThan128CharactersIsRefused() {
        passwordIsRefused("x".repeat(129));
    }

    @Test
    void aCommonPasswordIsRefused() {
        passwordIsRefused("password1");
    }

    @Test
    void aLongPassphraseWithSpacesAndAnyScriptWorks() {
        String passphrase = ("Läufer laufen über Brücken — 走る人 ").repeat(4).substring(0, 100);
        String email = uniqueEmail();

        register(email, passphrase).then().statusCode(201);

        as(signIn(email, passphrase).accessToken()).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("email", is(email));
    }

    @Test
    void everyInvalidFieldIsNamedAtOnce() {
        client().body(Map.of("email", "not-an-email", "password", "short", "displayName", "",
                        "timeZone", "Mars/Olympus"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(400)
                .body("errors.field", hasItem("email"))
                .body("errors.field", hasItem("password"))
                .body("errors.field", hasItem("displayName"))
                .body("errors.field", hasItem("timeZone"));
    }

    @Test
    void aMissingBodyIsABadRequestNotAServerError() {
        client().when().post("/api/v1/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    private static void passwordIsRefused(String password) {
        register(uniqueEmail(), password)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("password"))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @Test
    void oneAddressRegistersThirtyAccountsAnHourEvenWhenAllAskAtOnce() {
        String gym = uniqueAddress();

        var statuses = AtOnce.run(35, i -> whenNotBusy(() -> given().header("X-Forwarded-For", gym)
                .contentType(ContentType.JSON)
                .body(Map.of("email", uniqueEmail(), "password", "stride and glide daily", "displayName", "Ada"))
                .when().post("/api/v1/auth/register")).statusCode());

        assertEquals(Map.of(201, 30L, 429, 5L),
                statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
        given().header("X-Forwarded-For", gym).contentType(ContentType.JSON)
                .body(Map.of("email", "not an email", "password", "x", "displayName", ""))
                .when().post("/api/v1/auth/register")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue());
    }

    private static Response register(String email, String password) {
        return client().body(Map.of("email", email, "password", password, "displayName", "Ada"))
                .when().post("/api/v1/auth/register");
    }
}
