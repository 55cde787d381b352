package run.limber.api.progress;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sessions per ISO week in the runner's own time zone, against their current goal. */
@QuarkusTest
class ProgressResourceTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void weeksFollowTheRunnersTimeZoneNotUtc() {
        String token = register().accessToken();
        as(token).body(Map.of("timeZone", NEW_YORK.getId())).when().patch("/api/v1/me").then().statusCode(200);
        as(token).body(Map.of("sessionsPerWeek", 2)).when().put("/api/v1/me/goal").then().statusCode(200);
        LocalDate lastMonday = LocalDate.now(NEW_YORK).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        // Late Sunday in New York is already Monday in UTC: it belongs to the week before last.
        log(token, ZonedDateTime.of(lastMonday.minusDays(1), LocalTime.of(23, 30), NEW_YORK));
        log(token, ZonedDateTime.of(lastMonday, LocalTime.of(0, 30), NEW_YORK));
        log(token, ZonedDateTime.of(lastMonday.plusDays(3), LocalTime.of(18, 0), NEW_YORK));

        as(token).queryParam("weeks", 3).when().get("/api/v1/me/progress")
                .then().statusCode(200)
                .body("goal", is(2))
                .body("weeks.week", contains(isoWeek(lastMonday.plusWeeks(1)), isoWeek(lastMonday),
                        isoWeek(lastMonday.minusWeeks(1))))
                .body("weeks.sessions", contains(0, 2, 1))
                .body("weeks.goalMet", contains(false, true, false))
                // This week has not met the goal yet, which does not break last week's streak.
                .body("streakWeeks", is(1));
    }

    @Test
    void twelveWeeksByDefaultAllEmptyForANewRunner() {
        as(register().accessToken()).when().get("/api/v1/me/progress")
                .then().statusCode(200)
                .body("goal", is(3))
                .body("streakWeeks", is(0))
                .body("weeks", hasSize(12))
                .body("weeks.sessions", everyItem(is(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "105", "many"})
    void theNumberOfWeeksIsOneToOneHundredAndFour(String weeks) {
        as(register().accessToken()).queryParam("weeks", weeks).when().get("/api/v1/me/progress")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("weeks"));
    }

    @Test
    void progressNeedsAnAccount() {
        client().when().get("/api/v1/me/progress").then().statusCode(401);
    }

    private static void log(String token, ZonedDateTime startedAt) {
        as(token).body(Map.of("routine", "post-run-cooldown", "context", "AFTER_RUN",
                        "startedAt", startedAt.toInstant().toString(), "durationSeconds", 300))
                .when().post("/api/v1/me/sessions")
                .then().statusCode(201);
    }

    private static String isoWeek(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
