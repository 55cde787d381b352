package run.limber.api.assignments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

/** Coaches assign, read, reschedule and end assignments; nobody outside the club learns anything of them. */
@QuarkusTest
class ClubAssignmentResourceTest {

    private static final String ROUTINE = "ten-minute-mobility";

    @Inject
    ClubFixture clubs;

    @Test
    void aCoachAssignsAPublishedRoutinePinnedToWhatIsPublishedNow() {
        var owner = register();
        var coach = register();
        long club = clubs.club(owner.id(), "Europe/Berlin");
        clubs.join(club, coach.id(), "COACH");
        long group = clubs.group(club);
        String token = coach.accessToken();

        var created = as(token).body(assignment(Map.of("groupId", group)))
                .when().post(assignments(club))
                .then().statusCode(201)
                .header("ETag", notNullValue())
                .body("routine", is(ROUTINE))
                .body("routineRevision", greaterThanOrEqualTo(1))
                .body("drills.slug", hasItem("hip-switches"))
                .body("drills[0].revision", greaterThanOrEqualTo(1))
                .body("groupId", is((int) group))
                .body("memberId", nullValue())
                .body("days", contains("MONDAY", "WEDNESDAY", "FRIDAY"))
                .body("context", is("BEFORE_RUN"))
                .body("startsOn", is("2026-12-07"))
                .body("endsOn", nullValue())
                .body("weeklyTarget", is(3))
                .body("status", is("ACTIVE"))
                .body("openNotices", is(0))
                .extract();
        long id = created.jsonPath().getLong("id");
        String location = created.header("Location");
        assertEquals(assignments(club) + "/" + id, java.net.URI.create(location).getPath());

        as(token).when().get(assignments(club) + "/" + id)
                .then().statusCode(200)
                .header("ETag", is(created.header("ETag")))
                .body("drills", is(created.jsonPath().getList("drills")));
        as(token).when().get(assignments(club))
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is((int) id));
    }

    @Test
    void everyProblemIsAFieldError() {
        var owner = register();
        var stranger = register();
        long club = clubs.club(owner.id(), "UTC");
        long otherClubsGroup = clubs.group(clubs.club(stranger.id(), "UTC"));
        String token = owner.accessToken();

        var body = new HashMap<String, Object>(Map.of("routine", "no-such-routine", "groupId", otherClubsGroup,
                "days", List.of("MONDAY", "MONDAY"), "startsOn", "2026-12-07", "endsOn", "2026-12-06",
                "weeklyTarget", 15));
        as(token).body(body).when().post(assignments(club))
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("days", "context", "endsOn", "weeklyTarget", "groupId",
                        "routine"));

        as(token).body(assignment(Map.of("groupId", clubs.group(club), "memberId", owner.id())))
                .when().post(assignments(club)).then().statusCode(400).body("errors.field", contains("groupId"));
        as(token).body(assignment(Map.of("memberId", stranger.id())))
                .when().post(assignments(club)).then().statusCode(400).body("errors.field", contains("memberId"));
        as(token).when().get(assignments(club) + "?status=someday")
                .then().statusCode(400).body("errors.field", contains("status"));
    }

    @Test
    void onlyTheClubsCoachesAndOwnerMayAssignOrReadAssignments() {
        var owner = register();
        var member = register();
        var otherCoach = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, member.id(), "MEMBER");
        long otherClub = clubs.club(otherCoach.id(), "UTC");
        var forMember = assignment(Map.of("memberId", member.id()));
        long id = as(owner.accessToken()).body(forMember).when().post(assignments(club))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long othersId = as(otherCoach.accessToken()).body(assignment(Map.of("memberId", otherCoach.id())))
                .when().post(assignments(otherClub)).then().statusCode(201).extract().jsonPath().getLong("id");

        client().body(forMember).when().post(assignments(club)).then().statusCode(401);
        client().when().get(assignments(club)).then().statusCode(401);
        client().when().get(notices(club)).then().statusCode(401);

        String memberToken = member.accessToken();
        as(memberToken).body(forMember).when().post(assignments(club)).then().statusCode(403);
        as(memberToken).when().get(assignments(club)).then().statusCode(403);
        as(memberToken).when().get(assignments(club) + "/" + id).then().statusCode(403);
        as(memberToken).when().post(assignments(club) + "/" + id + "/move").then().statusCode(403);
        as(memberToken).when().get(notices(club)).then().statusCode(403);

        String otherToken = otherCoach.accessToken();
        as(otherToken).body(forMember).when().post(assignments(club)).then().statusCode(404);
        as(otherToken).when().get(assignments(club)).then().statusCode(404);
        as(otherToken).when().get(assignments(club) + "/" + id).then().statusCode(404);
        as(otherToken).when().post(assignments(club) + "/" + id + "/end").then().statusCode(404);
        as(otherToken).when().get(notices(club)).then().statusCode(404);
        as(otherToken).when().get(assignments(9_000_000_000L)).then().statusCode(404);
        // A platform admin is no coach of the club: its assignments are as unknown to them as to anyone outside.
        DemoCallers.admin().given().when().get(assignments(club)).then().statusCode(404);
        DemoCallers.admin().given().when().get(assignments(club) + "/" + id).then().statusCode(404);

        // An assignment of another club is not found through one's own club either.
        as(owner.accessToken()).when().get(assignments(club) + "/" + othersId).then().statusCode(404);
        as(otherToken).when().get(assignments(otherClub) + "/" + id).then().statusCode(404);
        as(otherToken).when().post(assignments(otherClub) + "/" + id + "/move").then().statusCode(404);
    }

    @Test
    void reschedulingNeedsTheCurrentETagAndNeverRepins() {
        var owner = register();
        long club = clubs.club(owner.id(), "UTC");
        String token = owner.accessToken();
        var created = as(token).body(assignment(Map.of("memberId", owner.id()))).when().post(assignments(club))
                .then().statusCode(201).extract();
        String item = assignments(club) + "/" + created.jsonPath().getLong("id");
        var schedule = Map.of("days", List.of("SATURDAY", "TUESDAY"), "context", "REST_DAY", "startsOn", "2026-12-08",
                "endsOn", "2027-02-28", "weeklyTarget", 1);

        as(token).body(schedule).when().put(item).then().statusCode(428);
        var changed = as(token).header("If-Match", created.header("ETag")).body(schedule).when().put(item)
                .then().statusCode(200)
                .body("days", contains("TUESDAY", "SATURDAY"))
                .body("context", is("REST_DAY"))
                .body("endsOn", is("2027-02-28"))
                .body("weeklyTarget", is(1))
                .body("routineRevision", is(created.jsonPath().getInt("routineRevision")))
                .extract();
        assertNotEquals(created.header("ETag"), changed.header("ETag"));
        as(token).header("If-Match", created.header("ETag")).body(schedule).when().put(item).then().statusCode(412);

        var noDays = new HashMap<String, Object>(schedule);
        noDays.put("days", List.of());
        as(token).header("If-Match", changed.header("ETag")).body(noDays).when().put(item)
                .then().statusCode(400).body("errors.field", contains("days"));
    }

    @Test
    void anEndedAssignmentStaysListedAsEnded() {
        var owner = register();
        long club = clubs.club(owner.id(), "Pacific/Kiritimati");
        String token = owner.accessToken();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Pacific/Kiritimati"));
        var body = new HashMap<>(assignment(Map.of("memberId", owner.id())));
        body.put("startsOn", today.minusDays(30).toString());
        long ended = as(token).body(body).when().post(assignments(club)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long endsToday = as(token).body(body).when().post(assignments(club)).then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as(token).body(Map.of("on", today.minusDays(31).toString()))
                .when().post(assignments(club) + "/" + ended + "/end")
                .then().statusCode(400).body("errors.field", contains("on"));
        as(token).body(Map.of("on", today.minusDays(1).toString()))
                .when().post(assignments(club) + "/" + ended + "/end")
                .then().statusCode(200).body("status", is("ENDED")).body("endsOn", is(today.minusDays(1).toString()));
        // Without a day it ends today in the club's zone: today is its last day, still active.
        as(token).when().post(assignments(club) + "/" + endsToday + "/end")
                .then().statusCode(200).body("status", is("ACTIVE")).body("endsOn", is(today.toString()));

        as(token).when().get(assignments(club) + "?status=ENDED").then().body("items.id", contains((int) ended));
        as(token).when().get(assignments(club) + "?status=active").then().body("items.id", contains((int) endsToday));
        as(token).when().get(assignments(club)).then().body("items.id", contains((int) endsToday, (int) ended));
        as(token).when().get(notices(club)).then().statusCode(200).body("items", empty()).body("total", is(0));
    }

    @Test
    void aGroupWithAnAssignmentStaysSoItsHistoryDoes() {
        var owner = register();
        long club = clubs.club(owner.id(), "UTC");
        long group = clubs.group(club);
        String token = owner.accessToken();
        long id = as(token).body(assignment(Map.of("groupId", group))).when().post(assignments(club))
                .then().statusCode(201).extract().jsonPath().getLong("id");

        as(token).when().delete("/api/v1/clubs/" + club + "/groups/" + group)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("Rename the group"));
        as(token).when().get(assignments(club) + "/" + id).then().statusCode(200).body("groupId", is((int) group));
    }

    static String assignments(long club) {
        return "/api/v1/clubs/" + club + "/assignments";
    }

    static String notices(long club) {
        return "/api/v1/clubs/" + club + "/notices";
    }

    /** The demo routine on Monday, Wednesday and Friday before a run, for the given group or member. */
    static Map<String, Object> assignment(Map<String, Object> target) {
        var body = new HashMap<String, Object>(Map.of("routine", ROUTINE, "days", List.of("FRIDAY", "MONDAY", "WEDNESDAY"),
                "context", "BEFORE_RUN", "startsOn", "2026-12-07"));
        body.putAll(target);
        return body;
    }
}
