package run.limber.api.base;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiErrorsTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "patch", "delete");

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
                .body("paths.'/api/v1/drills'.get.responses.'200'.description", is("One page of drills"))
                .body("paths.'/api/v1/drills/{slug}'.get.responses.'200'.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/DrillBody"))
                .body("paths.'/api/v1/drills'.get.responses.'400'.content.'application/problem+json'.schema.'$ref'",
                        is("#/components/schemas/Problem"))
                .body("paths.'/api/v1/drills/{slug}'.get.responses.'404'.description",
                        is("No published content with that slug"))
                .body("paths.'/api/v1/routines/{slug}'.get.responses.'404'.description",
                        is("No published content with that slug"))
                .body("paths.'/api/v1/notes'.get.responses.'400'.description", containsString("not valid"));
    }

    @Test
    void everyOperationHasASummaryAndSecuredOnesDocumentTheir401AsAProblem() {
        JsonPath document = given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath();
        Map<String, Map<String, Object>> paths = document.getMap("paths");
        for (var path : paths.entrySet()) {
            for (String method : path.getValue().keySet()) {
                if (HTTP_METHODS.contains(method)) {
                    operationIsDocumented(document, method, path.getKey());
                }
            }
        }
    }

    @Test
    void signingInDocumentsItsTokensAndTheThrottle() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/auth/token'.post.responses.'200'.content.'application/json'.schema.'$ref'",
                        is("#/components/schemas/TokenBody"))
                .body("paths.'/api/v1/auth/token'.post.responses.'429'.headers.'Retry-After'.schema.type",
                        is("integer"))
                .body("paths.'/api/v1/admin/users'.get.security[0].keySet()", contains("bearer"))
                .body("components.securitySchemes.bearer.scheme", is("bearer"));
    }

    private static void operationIsDocumented(JsonPath document, String method, String path) {
        String operation = "paths.'" + path + "'." + method;
        assertNotNull(document.get(operation + ".summary"), method + " " + path + " has no summary");
        if (document.get(operation + ".security") != null) {
            assertEquals("#/components/schemas/Problem",
                    document.get(operation + ".responses.'401'.content.'application/problem+json'.schema.'$ref'"),
                    method + " " + path + " does not document its 401");
        }
    }
}
