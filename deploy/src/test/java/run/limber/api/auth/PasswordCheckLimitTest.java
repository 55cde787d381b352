package run.limber.api.auth;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.testing.TestAccounts.uniqueAddress;
import static run.limber.testing.TestAccounts.uniqueEmail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/**
 * Only so many passwords are hashed at once (two in tests, see application.properties); beyond that a sign-in waits
 * briefly, then is told to come back: 503 with Retry-After, never a 500 or an exhausted heap.
 */
@QuarkusTest
class PasswordCheckLimitTest {

    @Test
    void signInsBeyondWhatCanBeCheckedAtOnceAreToldToComeBack() {
        // Unknown emails, each from an address of its own: no throttle stops them, every one costs a (decoy) check.
        var responses = AtOnce.run(120, i -> given().header("X-Forwarded-For", uniqueAddress())
                .contentType(ContentType.JSON).body(Map.of("email", uniqueEmail(), "password", "any password at all"))
                .when().post("/api/v1/auth/token").then().extract().response());

        var statuses = responses.stream().map(Response::statusCode).collect(Collectors.toSet());
        assertEquals(Set.of(401, 503), statuses, "some checked and refused, the rest turned away, none failed");
        responses.stream().filter(response -> response.statusCode() == 503).forEach(busy -> {
            assertEquals("application/problem+json", busy.contentType());
            assertEquals(503, busy.jsonPath().getInt("status"));
            assertTrue(Long.parseLong(busy.header("Retry-After")) >= 1, busy.header("Retry-After"));
        });
    }
}
