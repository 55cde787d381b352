package run.limber.api.routines;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RoutinePlanResourceTest {

    @Test
    void theTenMinuteRoutinePlanHasFifteenSetsAndTakesEightToTwelveMinutes() {
        var plan = given().when().get("/api/v1/routines/ten-minute-mobility/plan")
                .then().statusCode(200)
                .body("routine", is("ten-minute-mobility"))
                .body("estimatedSeconds", allOf(greaterThanOrEqualTo(8 * 60), lessThanOrEqualTo(12 * 60)))
                .body("steps.findAll { it.kind == 'SET' }.size()", is(15))
                .body("steps[0].kind", is("SET"))
                .body("steps[0].drill", is("straight-leg-ankle-matrix"))
                .body("steps[0].side", is("LEFT"))
                .body("steps[0].angle", is("STRAIGHT"))
                .body("steps[0].direction", nullValue())
                .body("steps[0].reps.min", is(5))
                .body("steps[0].reps.max", is(10))
                .body("steps[1].kind", is("TRANSITION"))
                .body("steps[1].reps", nullValue())
                .extract().jsonPath();
        int sum = plan.<Integer>getList("steps.estimatedSeconds").stream().mapToInt(Integer::intValue).sum();
        assertEquals(plan.getInt("estimatedSeconds"), sum);
    }

    @Test
    void theCooldownIsOneAlternatingSetThenOpenBooksRightAndLeft() {
        given().when().get("/api/v1/routines/post-run-cooldown/plan")
                .then().statusCode(200)
                .body("steps.kind", contains("SET", "TRANSITION", "SET", "TRANSITION", "SET"))
                .body("steps.drill", contains("hip-switches", "side-lying-open-books", "side-lying-open-books",
                        "side-lying-open-books", "side-lying-open-books"))
                .body("steps[0].side", nullValue())
                .body("steps[0].reps.min", is(10))
                .body("steps.findAll { it.kind == 'SET' }.side", contains(null, "RIGHT", "LEFT"));
    }

    @Test
    void anUnknownRoutineHasNoPlan() {
        given().when().get("/api/v1/routines/marathon-in-a-day/plan")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
