package run.limber.api.routines;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutineResourceTest {

    @Test
    void listsBothRoutines() {
        given().when().get("/api/v1/routines")
                .then().statusCode(200)
                .body("items.slug", hasItems("ten-minute-mobility", "post-run-cooldown"))
                .body("items.find { it.slug == 'post-run-cooldown' }.drillCount", is(2));
    }

    @Test
    void theTenMinuteRoutineHasAllFiveDrillsInOrder() {
        given().when().get("/api/v1/routines/ten-minute-mobility")
                .then().statusCode(200)
                .body("drills.slug", contains("straight-leg-ankle-matrix", "dynamic-calf-stretch", "standing-hip-cars",
                        "hip-switches", "side-lying-open-books"))
                .body("drills.position", contains(1, 2, 3, 4, 5))
                .body("drills[0].prescription.label", is("5–10 reps at each of 3 foot angles, each leg"))
                .body("frequency.label", is("3–4 times a week"))
                .body("timings", contains("BEFORE_RUN", "REST_DAY"))
                .body("estimatedSeconds", allOf(greaterThanOrEqualTo(8 * 60), lessThanOrEqualTo(12 * 60)));
    }

    @Test
    void theCooldownIsHipSwitchesThenOpenBooksAfterARun() {
        given().when().get("/api/v1/routines/post-run-cooldown")
                .then().statusCode(200)
                .body("drills.slug", contains("hip-switches", "side-lying-open-books"))
                .body("timings", contains("AFTER_RUN"));
    }

    @Test
    void anUnknownRoutineIsAProblem() {
        given().when().get("/api/v1/routines/marathon-in-a-day")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void aNegativePageIsRefused() {
        given().queryParam("page", -1).when().get("/api/v1/routines")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("page"));
    }
}
