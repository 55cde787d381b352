package run.limber.api.clubs;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every club operation is documented: a summary, a unique operation id, and what an anonymous caller gets. */
@QuarkusTest
class ClubOpenApiTest {

    @Test
    void everyClubOperationHasASummaryAnOperationIdAndItsErrors() {
        Map<String, Map<String, Map<String, Object>>> paths = given().queryParam("format", "json")
                .when().get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        var ids = new HashSet<String>();
        var clubs = paths.entrySet().stream().filter(path -> path.getKey().startsWith("/api/v1/clubs")
                || path.getKey().startsWith("/api/v1/admin/clubs")).toList();
        clubs.forEach(path -> path.getValue().forEach((method, operation) -> {
            String name = method + " " + path.getKey();
            assertFalse(String.valueOf(operation.get("summary")).isBlank(), name + " has a summary");
            assertTrue(ids.add(String.valueOf(operation.get("operationId"))), name + " has an operation id of its own");
            @SuppressWarnings("unchecked")
            var responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("401"), name + ": " + responses.keySet());
        }));
        // the operations the issue names as the clients' contract, whichever feature serves them
        assertTrue(ids.containsAll(List.of("createClub", "listMyClubs", "joinClub", "createClubGroup",
                "addClubGroupMember", "assignRoutine", "getClubAdherence", "getClubAdherenceCsv", "leaveClub",
                "listMemberSessions", "listMemberSelfTests")),
                ids.toString());
        @SuppressWarnings("unchecked")
        var put = (Map<String, Object>) paths.get("/api/v1/clubs/{id}").get("put").get("responses");
        assertTrue(put.keySet().containsAll(List.of("400", "403", "404", "412", "428")), put.keySet().toString());
    }
}
