package run.limber.api.assignments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.testing.TestAccounts.client;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.api.clubs.ClubPeople;

/**
 * A club's assignment from the coach's first request to the member's session in the coach's adherence, over HTTP only,
 * so {@link AssignmentResourceIT} runs it against the packaged jar too.
 */
@QuarkusTest
class AssignmentJourneyTest {

    static final String ROUTINE = "ten-minute-mobility";

    @Test
    void aSessionLoggedFromAGroupsAssignmentCountsInThisWeeksAdherenceAndTheCsv() {
        var coach = ClubPeople.person();
        var club = ClubPeople.clubOf(coach, "UTC");
        long group = coach.given().body(Map.of("name", "Tuesday squad")).when().post(club.path() + "/groups")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Every day since last week, once a week: this week asks for one session whatever today is.
        long assignment = coach.given().body(Map.of("routine", ROUTINE, "groupId", group,
                        "days", Arrays.stream(DayOfWeek.values()).map(DayOfWeek::name).toList(),
                        "context", "BEFORE_RUN", "startsOn", today.minusWeeks(1).toString(), "weeklyTarget", 1))
                .when().post(club.path() + "/assignments")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        var member = ClubPeople.person();
        ClubPeople.join(member, club);
        coach.given().when().put(club.path() + "/groups/" + group + "/members/" + member.id()).then().statusCode(204);

        member.given().when().get("/api/v1/me/assignments").then().statusCode(200)
                .body("items.id", hasItem((int) assignment))
                .body("items.find { it.id == " + assignment + " }.routine", is(ROUTINE));
        member.given().header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("routine", ROUTINE, "context", "BEFORE_RUN", "durationSeconds", 600,
                        "startedAt", Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString(),
                        "assignment", assignment))
                .when().post("/api/v1/me/sessions")
                .then().statusCode(201).body("assignment", is((int) assignment));

        String monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toString();
        String row = "members.items.find { it.accountId == " + member.id() + " }.weeks[0].";
        coach.given().queryParam("weeks", 1).when().get(club.path() + "/adherence")
                .then().statusCode(200)
                .body("weeks", is(List.of(monday)))
                .body(row + "week", is(monday))
                .body(row + "sessions", is(1))
                .body(row + "target", is(1))
                .body(row + "status", is("MET"));
        String csv = coach.given().queryParam("weeks", 1).when().get(club.path() + "/adherence.csv")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("club-" + club.id() + "-adherence.csv"))
                .extract().asString();
        assertTrue(csv.lines().anyMatch(line -> line.matches(member.id() + ",Test Runner,,\\d+,[^,]+," + monday
                + ",1,1,MET")), csv);
    }

    @Test
    void onlyTheClubsCoachesReadItsAdherence() {
        var coach = ClubPeople.person();
        var club = ClubPeople.clubOf(coach, "UTC");
        var member = ClubPeople.person();
        ClubPeople.join(member, club);

        for (String read : List.of("/adherence", "/adherence.csv")) {
            client().when().get(club.path() + read).then().statusCode(401);
            member.given().when().get(club.path() + read)
                    .then().statusCode(403).contentType("application/problem+json");
            ClubPeople.person().given().when().get(club.path() + read)
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }
}
