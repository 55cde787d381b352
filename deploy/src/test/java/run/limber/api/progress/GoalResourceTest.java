package run.limber.api.progress;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The weekly goal: three sessions until the runner says otherwise, one to seven. */
@QuarkusTest
class GoalResourceTest {

    @Test
    void aNewRunnerAimsForThreeSessionsAWeekAndMayChangeIt() {
        String token = register().accessToken();

        as(token).when().get("/api/v1/me/goal").then().statusCode(200).body("sessionsPerWeek", is(3));
        as(token).body(Map.of("sessionsPerWeek", 5)).when().put("/api/v1/me/goal")
                .then().statusCode(200).body("sessionsPerWeek", is(5));
        as(token).when().get("/api/v1/me/goal").then().body("sessionsPerWeek", is(5));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8, -1})
    void aGoalOutsideOneToSevenIsAFieldError(int sessions) {
        String token = register().accessToken();

        as(token).body(Map.of("sessionsPerWeek", sessions)).when().put("/api/v1/me/goal")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("sessionsPerWeek"));
        as(token).when().get("/api/v1/me/goal").then().body("sessionsPerWeek", is(3));
    }

    @Test
    void aMissingGoalIsAFieldErrorToo() {
        as(register().accessToken()).body(Map.of()).when().put("/api/v1/me/goal")
                .then().statusCode(400).body("errors.field", contains("sessionsPerWeek"));
    }

    @Test
    void theGoalNeedsAnAccount() {
        client().body(Map.of("sessionsPerWeek", 4)).when().put("/api/v1/me/goal").then().statusCode(401);
    }
}
