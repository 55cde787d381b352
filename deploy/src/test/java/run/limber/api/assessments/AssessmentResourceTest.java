package run.limber.api.assessments;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Mobility self-tests: each runner records and reads their own, and no one else's. */
@QuarkusTest
class AssessmentResourceTest {

    @Test
    void aRunnerRecordsATestAndReadsItBack() {
        String token = register().accessToken();
        String takenAt = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();

        String id = as(token).body(Map.of("takenAt", takenAt,
                        "kneeToWall", Map.of("leftCm", 9.5, "rightCm", 12),
                        "hipRotation", Map.of("internalLeft", 30, "internalRight", 35, "externalLeft", 40,
                                "externalRight", 45),
                        "note", "after an easy run"))
                .when().post("/api/v1/me/assessments")
                .then().statusCode(201)
                .body("kneeToWall.leftCm", is(9.5f))
                .body("kneeToWall.differenceCm", is(2.5f))
                .body("kneeToWall.sidesDiffer", is(true))
                .body("hipRotation.externalRight", is(45))
                .extract().jsonPath().getString("id");

        as(token).when().get("/api/v1/me/assessments/" + id)
                .then().statusCode(200)
                .body("takenAt", is(takenAt))
                .body("note", is("after an easy run"));
        as(token).when().get("/api/v1/me/assessments")
                .then().statusCode(200)
                .body("items.id", contains(id))
                .body("total", is(1));
    }

    @Test
    void theHipCheckIsOptionalAndCloseSidesAreNotFlagged() {
        as(register().accessToken()).body(Map.of("kneeToWall", Map.of("leftCm", 10, "rightCm", 11.9)))
                .when().post("/api/v1/me/assessments")
                .then().statusCode(201)
                .body("hipRotation", nullValue())
                .body("kneeToWall.sidesDiffer", is(false));
    }

    @Test
    void newestComesFirst() {
        String token = register().accessToken();
        String older = record(token, Instant.now().minus(40, ChronoUnit.DAYS));
        String newer = record(token, Instant.now().minus(1, ChronoUnit.DAYS));

        as(token).when().get("/api/v1/me/assessments").then().body("items.id", contains(newer, older));
    }

    @Test
    void anotherRunnersTestIsNotFound() {
        String mine = record(register().accessToken(), Instant.now());
        String otherToken = register().accessToken();

        as(otherToken).when().get("/api/v1/me/assessments/" + mine)
                .then().statusCode(404).contentType("application/problem+json");
        as(otherToken).when().get("/api/v1/me/assessments").then().body("total", is(0));
        as(otherToken).when().get("/api/v1/me/assessments/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void everyBadValueIsNamed() {
        var hip = new HashMap<String, Object>();
        hip.put("internalLeft", 30);
        hip.put("internalRight", 120);
        as(register().accessToken()).body(Map.of(
                        "takenAt", Instant.now().plus(2, ChronoUnit.DAYS).toString(),
                        "kneeToWall", Map.of("leftCm", -1),
                        "hipRotation", hip,
                        "note", "x".repeat(501)))
                .when().post("/api/v1/me/assessments")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("takenAt", "kneeToWall.leftCm", "kneeToWall.rightCm",
                        "hipRotation.internalRight", "hipRotation.externalLeft", "hipRotation.externalRight", "note"));
    }

    @Test
    void selfTestsNeedAnAccount() {
        client().when().get("/api/v1/me/assessments").then().statusCode(401);
    }

    private static String record(String token, Instant takenAt) {
        return as(token).body(Map.of("takenAt", takenAt.toString(), "kneeToWall", Map.of("leftCm", 10, "rightCm", 10)))
                .when().post("/api/v1/me/assessments")
                .then().statusCode(201)
                .extract().jsonPath().getString("id");
    }
}
