package run.limber.api.editorial;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EditorialOpenApiTest {

    @Test
    void everyEditorialOperationOfEveryKindHasASummaryAndDocumentsWhoMayCallIt() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        for (String kind : new String[] {"drills", "routines", "notes"}) {
            var editorial = paths.entrySet().stream().filter(p -> p.getKey().startsWith("/api/v1/admin/" + kind)).toList();
            assertEquals(11, editorial.size(), kind + " paths: " + editorial.stream().map(Map.Entry::getKey).toList());
            editorial.forEach(path -> path.getValue().forEach((method, operation) -> {
                String name = method + " " + path.getKey();
                assertFalse(String.valueOf(operation.get("summary")).isBlank(), name + " has a summary");
                @SuppressWarnings("unchecked")
                var responses = (Map<String, Object>) operation.get("responses");
                assertTrue(responses.keySet().containsAll(List.of("401", "403")), name + ": " + responses.keySet());
            }));
        }
        @SuppressWarnings("unchecked")
        var put = (Map<String, Object>) paths.get("/api/v1/admin/drills/{slug}").get("put").get("responses");
        assertTrue(put.keySet().containsAll(List.of("400", "404", "409", "412", "428")), put.keySet().toString());
    }
}
