package run.limber.deploy.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Browser clients on other origins: only the allow-list (LIMBER_CORS_ORIGINS; https://club.example in tests). */
@QuarkusTest
class CorsTest {

    private static final String LISTED = "https://club.example";
    private static final String UNLISTED = "https://elsewhere.example";

    @Test
    void aListedOriginMayCallTheApiWithABearerToken() {
        given().header("Origin", LISTED)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/me")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(LISTED))
                .header("Access-Control-Allow-Credentials", is("false"));

        given().header("Origin", LISTED).when().get("/api/v1/drills")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is(LISTED))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"));
    }

    @Test
    void anUnlistedOriginGetsNoCorsHeaders() {
        given().header("Origin", UNLISTED)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when().options("/api/v1/me")
                .then().header("Access-Control-Allow-Origin", nullValue());

        given().header("Origin", UNLISTED).when().get("/api/v1/drills")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}
