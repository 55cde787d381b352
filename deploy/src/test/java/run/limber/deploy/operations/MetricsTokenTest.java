package run.limber.deploy.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With LIMBER_METRICS_TOKEN set, /q/metrics answers only requests that carry the token; health stays open. */
@QuarkusTest
@TestProfile(MetricsTokenTest.WithToken.class)
class MetricsTokenTest {

    private static final String TOKEN = "a scraper's long random token";

    public static class WithToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limber.metrics.token", TOKEN);
        }
    }

    @Test
    void theTokenOpensTheMetrics() {
        given().header("Authorization", "Bearer " + TOKEN).when().get("/q/metrics")
                .then().statusCode(200).body(containsString("limber_sign_in_failures_total"));
    }

    @Test
    void withoutTheTokenOrWithAnotherTheMetricsAreRefused() {
        given().when().get("/q/metrics").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json").body("status", is(401));
        given().header("Authorization", "Bearer " + TOKEN + "x").when().get("/q/metrics").then().statusCode(401);
        given().header("Authorization", "Basic " + TOKEN).when().get("/q/metrics").then().statusCode(401);
    }

    @Test
    void healthNeedsNoToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
    }
}
