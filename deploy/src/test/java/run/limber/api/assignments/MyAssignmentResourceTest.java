package run.limber.api.assignments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static run.limber.api.assignments.ClubAssignmentResourceTest.assignment;
import static run.limber.api.assignments.ClubAssignmentResourceTest.assignments;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A member sees the assignments made for them or their groups, plays them as pinned and logs sessions from them. */
@QuarkusTest
class MyAssignmentResourceTest {

    private static final String MINE = "/api/v1/me/assignments";

    @Inject
    ClubFixture clubs;

    @Test
    void aMemberHasTheAssignmentsForThemAndForEveryGroupTheyAreInNow() {
        var owner = register();
        var member = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, member.id(), "MEMBER");
        long group = clubs.group(club);
        String coach = owner.accessToken();
        long direct = assign(coach, club, Map.of("memberId", member.id()));
        long forGroup = assign(coach, club, Map.of("groupId", group));
        String token = member.accessToken();

        as(token).when().get(MINE).then().statusCode(200).body("total", is(1)).body("items.id", contains((int) direct));
        as(token).when().get(MINE + "/" + forGroup + "/routine").then().statusCode(404);

        // Joining the group brings its assignments at once.
        clubs.addToGroup(club, group, member.id());
        as(token).when().get(MINE).then()
                .body("total", is(2))
                .body("items.id", contains((int) forGroup, (int) direct))
                .body("items[0].clubId", is((int) club))
                .body("items[0].clubName", is(clubs.name(club)))
                .body("items[0].routine", is("ten-minute-mobility"))
                .body("items[0].routineName", is("10-Minute Ankle and Hip Mobility"))
                .body("items[0].routineRevision", is(published("ten-minute-mobility")))
                .body("items[0].days", contains("MONDAY", "WEDNESDAY", "FRIDAY"))
                .body("items[0].context", is("BEFORE_RUN"))
                .body("items[0].startsOn", is("2026-12-07"))
                .body("items[0].endsOn", nullValue())
                .body("items[0].weeklyTarget", is(3));
        as(token).when().get(MINE + "/" + forGroup + "/routine").then().statusCode(200)
                .body("slug", is("ten-minute-mobility"));

        // Others have none of them; leaving the club takes them all away.
        String stranger = register().accessToken();
        as(stranger).when().get(MINE).then().body("total", is(0)).body("items", empty());
        as(stranger).when().get(MINE + "/" + direct + "/routine").then().statusCode(404);
        client().when().get(MINE).then().statusCode(401);
        client().when().get(MINE + "/" + direct + "/routine").then().statusCode(401);
        clubs.leave(club, member.id());
        as(token).when().get(MINE).then().body("total", is(0));
        as(token).when().get(MINE + "/" + forGroup + "/routine").then().statusCode(404);
    }

    @Test
    void todayAndThisWeekAreTheAssignmentsRunningNowInTheMembersZone() {
        var owner = register();
        long club = clubs.club(owner.id(), "UTC");
        String token = owner.accessToken();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var everyDay = new HashMap<>(assignment(Map.of("memberId", owner.id())));
        everyDay.put("days", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"));
        everyDay.put("startsOn", today.minusDays(14).toString());
        long running = assign(token, club, everyDay);
        var later = new HashMap<>(everyDay);
        later.put("startsOn", today.plusDays(8).toString());
        assign(token, club, later);

        as(token).when().get(MINE + "/this-week").then().statusCode(200)
                .body("date", is(today.toString()))
                .body("week", is(today.with(java.time.DayOfWeek.MONDAY).toString()))
                .body("today.id", contains((int) running))
                .body("thisWeek.id", contains((int) running));
    }

    @Test
    void aSessionNamesTheAssignmentItWasPlayedFrom() {
        var owner = register();
        var member = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, member.id(), "MEMBER");
        long id = assign(owner.accessToken(), club, Map.of("memberId", member.id()));
        String token = member.accessToken();

        String session = as(token).body(session(id, "ten-minute-mobility")).when().post("/api/v1/me/sessions")
                .then().statusCode(201).body("assignment", is((int) id)).extract().path("id");
        as(token).when().get("/api/v1/me/sessions/" + session).then().body("assignment", is((int) id));
        as(token).body(session(null, "ten-minute-mobility")).when().post("/api/v1/me/sessions")
                .then().statusCode(201).body("assignment", nullValue());

        as(token).body(session(id, "post-run-cooldown")).when().post("/api/v1/me/sessions")
                .then().statusCode(400).body("errors.field", contains("assignment"));
        as(owner.accessToken()).body(session(id, "ten-minute-mobility")).when().post("/api/v1/me/sessions")
                .then().statusCode(400).body("errors.field", contains("assignment"));
        as(token).body(session(9_000_000_000L, "ten-minute-mobility")).when().post("/api/v1/me/sessions")
                .then().statusCode(400).body("errors.field", contains("assignment"));
    }

    private static long assign(String coach, long club, Map<String, Object> target) {
        var body = target.containsKey("routine") ? target : assignment(target);
        return as(coach).body(body).when().post(assignments(club)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    private static int published(String routine) {
        return client().when().get("/api/v1/routines/" + routine).then().extract().path("revision");
    }

    private static Map<String, Object> session(Long assignment, String routine) {
        var body = new HashMap<String, Object>();
        body.put("routine", routine);
        body.put("context", "BEFORE_RUN");
        body.put("startedAt", Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("durationSeconds", 600);
        body.put("assignment", assignment);
        return body;
    }
}
