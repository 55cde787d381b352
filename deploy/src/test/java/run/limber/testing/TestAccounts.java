package run.limber.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import run.limber.domain.accounts.DemoAccounts;

/**
 * Accounts and tokens for API tests, through the API itself. Every account it registers has an email of its own and
 * every request comes from a client address of its own (the tests play a trusted proxy), so no test sees another's
 * accounts or is throttled by another's failed sign-ins.
 */
public final class TestAccounts {

    public static final String PASSWORD = "a passphrase only tests use";

    private TestAccounts() {
    }

    /** A registered account. */
    public record Account(long id, String email, String password) {

        public Tokens signIn() {
            return TestAccounts.signIn(email, password);
        }

        public String accessToken() {
            return signIn().accessToken();
        }
    }

    /** What {@code POST /api/v1/auth/token} returned. */
    public record Tokens(String accessToken, String refreshToken) {
    }

    /** A request from a client address no other request uses. */
    public static RequestSpecification client() {
        return given().header("X-Forwarded-For", uniqueAddress()).contentType(ContentType.JSON);
    }

    /** A request with a bearer token, from an address of its own. */
    public static RequestSpecification as(String accessToken) {
        return client().auth().oauth2(accessToken);
    }

    public static String uniqueEmail() {
        return "test-" + UUID.randomUUID().toString().substring(0, 13) + "@test.limber.run";
    }

    /** An address from 198.18.0.0/15, the range set aside for tests between networks. */
    public static String uniqueAddress() {
        var random = ThreadLocalRandom.current();
        return "198.%d.%d.%d".formatted(18 + random.nextInt(2), random.nextInt(256), 1 + random.nextInt(254));
    }

    public static Account register() {
        String email = uniqueEmail();
        long id = client().body(Map.of("email", email, "password", PASSWORD, "displayName", "Test Runner"))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201)
                .extract().jsonPath().getLong("id");
        return new Account(id, email, PASSWORD);
    }

    public static Tokens signIn(String email, String password) {
        var body = client().body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/token")
                .then().statusCode(200)
                .extract().jsonPath();
        return new Tokens(body.getString("accessToken"), body.getString("refreshToken"));
    }

    /**
     * The response to a request sent again, after the {@code Retry-After} it was given, for as long as Limber answers
     * that it is too busy to check a password (503), as a client should; at most 30 times.
     */
    public static Response whenNotBusy(Supplier<Response> request) {
        var response = request.get();
        for (int tries = 1; response.statusCode() == 503 && tries < 30; tries++) {
            try {
                Thread.sleep(Long.parseLong(response.header("Retry-After")) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
            response = request.get();
        }
        return response;
    }

    /** An access token of one of the demo accounts that tests may use but never change. */
    public static String demoToken(String demoEmail) {
        return signIn(demoEmail, DemoAccounts.PASSWORD).accessToken();
    }
}
