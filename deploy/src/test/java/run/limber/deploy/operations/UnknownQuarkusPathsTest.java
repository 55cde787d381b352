package run.limber.deploy.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Paths under /q that Quarkus does not serve answer 404, not Vaadin's app shell; those it serves keep working. */
@QuarkusTest
class UnknownQuarkusPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/nope", "/q/metrics/x", "/q/health/nope", "/q/dev-ui", "/q/", "/q/openapi/x"})
    void anUnknownPathIsNotFound(String path) {
        given().accept("text/html").when().get(path).then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/live", "/q/health/ready", "/q/health/started", "/q/health/well"})
    void healthAnswers(String path) {
        given().when().get(path).then().statusCode(200).body("status", is("UP"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/openapi", "/q/openapi.json", "/q/openapi.yaml", "/q/openapi.yml"})
    void theOpenApiDocumentAnswers(String path) {
        given().when().get(path).then().statusCode(200).body(containsString("Limber API"));
    }

    @Test
    void metricsAnswer() {
        given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).contentType(startsWith("text/plain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/swagger-ui", "/q/swagger-ui/"})
    void swaggerUiAnswers(String path) {
        given().when().get(path).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("swagger"));
    }
}
