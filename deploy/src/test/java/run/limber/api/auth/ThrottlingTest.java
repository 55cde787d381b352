package run.limber.api.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;
import static run.limber.testing.TestAccounts.uniqueAddress;
import static run.limber.testing.TestAccounts.uniqueEmail;
import static run.limber.testing.TestAccounts.whenNotBusy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/** Failed sign-ins are throttled, and neither a failure nor the throttle tells whether an email has an account. */
@QuarkusTest
class ThrottlingTest {

    private static final int FAILURES_ALLOWED = 10;

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        var account = register();

        var wrongPassword = signIn(account.email(), "not the password at all");
        var unknownEmail = signIn(uniqueEmail(), "not the password at all");

        wrongPassword.then().statusCode(401).header("WWW-Authenticate", "Bearer");
        unknownEmail.then().statusCode(401).header("WWW-Authenticate", "Bearer");
        assertEquals(wrongPassword.body().asString(), unknownEmail.body().asString());
    }

    @Test
    void theEleventhAttemptOnAnAccountWaitsEvenWithTheRightPassword() {
        var account = register();
        for (int i = 0; i < FAILURES_ALLOWED; i++) {
            signIn(account.email(), "wrong guess " + i).then().statusCode(401);
        }

        var throttled = signIn(account.email(), account.password());

        throttled.then().statusCode(429)
                .contentType("application/problem+json")
                .body("status", is(429));
        long retryAfter = Long.parseLong(throttled.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "Retry-After: " + retryAfter);
    }

    @Test
    void anUnknownEmailIsThrottledTheSameWay() {
        var account = register();
        String unknown = uniqueEmail();
        for (int i = 0; i < FAILURES_ALLOWED; i++) {
            signIn(account.email(), "wrong guess " + i).then().statusCode(401);
            signIn(unknown, "wrong guess " + i).then().statusCode(401);
        }

        var known = signIn(account.email(), "one more guess");
        var unknownAnswer = signIn(unknown, "one more guess");

        known.then().statusCode(429).header("Retry-After", notNullValue());
        unknownAnswer.then().statusCode(429).header("Retry-After", notNullValue());
        assertEquals(known.body().asString(), unknownAnswer.body().asString());
    }

    @Test
    void aHundredFailuresFromOneAddressBlockThatAddressOnly() {
        var account = register();
        String gym = uniqueAddress();
        for (int i = 0; i < 100; i++) {
            signInFrom(gym, uniqueEmail(), "wrong guess").then().statusCode(401);
        }

        signInFrom(gym, account.email(), account.password()).then().statusCode(429);
        signInFrom(uniqueAddress(), account.email(), account.password()).then().statusCode(200);
    }

    @Test
    void thirtyWrongPasswordsSentAtOnceAreCheckedOnlyAsOftenAsTheLimitAllows() {
        var account = register();

        var statuses = AtOnce.run(30, i -> whenNotBusy(() -> signIn(account.email(), "wrong guess " + i)).statusCode());

        assertEquals(Map.of(401, 10L, 429, 20L), tally(statuses));
        signIn(account.email(), account.password()).then().statusCode(429);
    }

    private static Map<Integer, Long> tally(List<Integer> statuses) {
        return statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static Response signInFrom(String address, String email, String password) {
        return given().header("X-Forwarded-For", address).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/token");
    }

    /** Each attempt from an address of its own: only the per-account limit is at work here. */
    private static Response signIn(String email, String password) {
        return client().body(Map.of("email", email, "password", password)).when().post("/api/v1/auth/token");
    }
}
