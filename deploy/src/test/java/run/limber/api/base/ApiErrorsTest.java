package run.limber.api.base;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiErrorsTest {

    @Test
    void anUnknownApiPathIsAProblemNotTheWebApp() {
        given().when().get("/api/v1/stretches")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void aMethodTheApiDoesNotOfferIsAProblem() {
        given().when().delete("/api/v1/drills/hip-switches")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body(not(containsString("Exception")));
    }

    @Test
    void everyOperationDocumentsASummaryAndItsErrors() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/drills'.get.summary", is("List published drills"))
                .body("paths.'/api/v1/drills'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        is("#/components/schemas/Problem"))
                .body("paths.'/api/v1/drills/{slug}'.get.responses.'404'.description",
                        is("No published content with that slug"))
                .body("paths.'/api/v1/routines/{slug}'.get.responses.'404'.description",
                        is("No published content with that slug"))
                .body("paths.'/api/v1/notes'.get.responses.'400'.description", containsString("not valid"));
    }
}
