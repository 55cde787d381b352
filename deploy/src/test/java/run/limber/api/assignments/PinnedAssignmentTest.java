package run.limber.api.assignments;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.api.assignments.ClubAssignmentResourceTest.assignments;
import static run.limber.api.assignments.ClubAssignmentResourceTest.notices;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.limber.api.editorial.Drafts;
import run.limber.domain.plan.PlanStep;
import run.limber.domain.player.Feedback;
import run.limber.domain.player.PlayerService;
import run.limber.domain.sessions.SessionContext;
import run.limber.testing.AtOnce;
import run.limber.testing.DemoCallers;
import run.limber.testing.TestAccounts;

/**
 * An assignment plays what was published when it was made: an editor's later change reaches its members only when a
 * coach moves the assignment, and meanwhile the coach sees a notice with the difference.
 */
@QuarkusTest
class PinnedAssignmentTest {

    @Inject
    ClubFixture clubs;

    @Inject
    PlayerService player;

    @Test
    void aPublishedChangeReachesTheMemberOnlyWhenACoachMovesTheAssignment() throws Exception {
        String drill = Drafts.uniqueSlug("pinned-drill");
        String routine = Drafts.uniqueSlug("pinned-routine");
        DemoCallers.publish("drills", drill, Drafts.drill(drill, "Ankle circles"));
        DemoCallers.publish("routines", routine, Drafts.routine(routine, "Pinned hips", List.of("hip-switches", drill)));
        var owner = register();
        var member = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, member.id(), "MEMBER");
        long group = clubs.group(club);
        clubs.addToGroup(club, group, member.id());
        String coach = owner.accessToken();
        String runner = member.accessToken();
        long id = as(coach).body(Map.of("routine", routine, "groupId", group, "days", List.of("TUESDAY"),
                        "context", "REST_DAY", "startsOn", "2026-12-01"))
                .when().post(assignments(club))
                .then().statusCode(201)
                .body("routineRevision", is(1))
                .body("drills.slug", contains("hip-switches", drill))
                .extract().jsonPath().getLong("id");

        var revisedDrill = Drafts.drill(drill, "Ankle circles");
        revisedDrill.put("prescription", Map.of("reps", Map.of("min", 8, "max", 12), "sides", List.of("LEFT", "RIGHT"),
                "sideUnit", "LEG", "alternateSides", false, "angles", List.of(), "directions", List.of(),
                "secondsPerRep", 3));
        Drafts.republish("drills", drill, revisedDrill);
        Drafts.republish("routines", routine, Drafts.routine(routine, "Hips, revised", List.of(drill)));

        // Everyone else sees the new routine; the member still plays the pinned one, drill and reps included.
        as(runner).when().get("/api/v1/routines/" + routine)
                .then().body("revision", is(2)).body("drills.slug", contains(drill))
                .body("drills[0].prescription.reps.min", is(8));
        as(runner).when().get("/api/v1/me/assignments/" + id + "/routine")
                .then().statusCode(200)
                .body("slug", is(routine))
                .body("revision", is(1))
                .body("name", is("Pinned hips"))
                .body("drills.slug", contains("hip-switches", drill))
                .body("drills[1].prescription.reps.min", is(5));
        var pinnedPlay = AsMember.call(member.id(), () -> player.start(routine, SessionContext.REST_DAY, Optional.of(id)));
        assertEquals(List.of("hip-switches", drill), drillsOf(pinnedPlay.plan().sets()));
        assertEquals(5, pinnedPlay.plan().sets().getLast().reps().min());
        var logged = AsMember.call(member.id(), () -> {
            player.next(routine, Optional.of(id));
            return player.save(routine, Optional.of(id), Feedback.none());
        });
        assertEquals(id, logged.assignment());

        // The coach sees what changed, once per item.
        var open = as(coach).when().get(notices(club)).then().statusCode(200).body("total", is(2)).extract().jsonPath();
        var routineNotice = notice(open, "ROUTINE");
        assertEquals(id, routineNotice.getLong("assignmentId"));
        assertEquals(routine, routineNotice.getString("slug"));
        assertEquals(1, routineNotice.getInt("pinnedRevision"));
        assertEquals(2, routineNotice.getInt("currentRevision"));
        assertTrue(routineNotice.getList("diff.changes.field").contains("name"), routineNotice.prettify());
        var drillNotice = notice(open, "DRILL");
        assertEquals(drill, drillNotice.getString("slug"));
        assertTrue(drillNotice.getList("diff.changes.field").contains("prescription.reps.min"), drillNotice.prettify());
        as(coach).when().get(assignments(club) + "/" + id).then().body("openNotices", is(2));

        // Two moves at once take turns and end in the same pin; the notices are resolved.
        var moves = AtOnce.run(2, i -> as(coach).when().post(assignments(club) + "/" + id + "/move")
                .then().extract());
        for (var move : moves) {
            assertEquals(200, move.statusCode(), move.asString());
            assertEquals(2, move.jsonPath().getInt("routineRevision"));
            assertEquals(List.of(drill), move.jsonPath().getList("drills.slug"));
            assertEquals(List.of(2), move.jsonPath().getList("drills.revision"));
            assertEquals(0, move.jsonPath().getInt("openNotices"));
        }
        as(coach).when().get(notices(club)).then().body("items", empty()).body("total", is(0));

        as(runner).when().get("/api/v1/me/assignments/" + id + "/routine")
                .then().body("revision", is(2)).body("name", is("Hips, revised")).body("drills.slug", contains(drill))
                .body("drills[0].prescription.reps.min", is(8));
        var movedPlay = AsMember.call(member.id(), () -> player.start(routine, SessionContext.REST_DAY, Optional.of(id)));
        assertEquals(List.of(drill), drillsOf(movedPlay.plan().sets()));
    }

    @Test
    void aCoachKeepsAnAssignmentAsPinnedAndLaterChangesUpdateTheOneOpenNotice() {
        String routine = Drafts.uniqueSlug("kept-routine");
        DemoCallers.publish("routines", routine, Drafts.routine(routine, "Kept", List.of("hip-switches")));
        var owner = register();
        var member = register();
        var otherCoach = register();
        long club = clubs.club(owner.id(), "UTC");
        clubs.join(club, member.id(), "MEMBER");
        clubs.club(otherCoach.id(), "UTC");
        String coach = owner.accessToken();
        long id = as(coach).body(Map.of("routine", routine, "memberId", member.id(), "days", List.of("MONDAY"),
                        "context", "AFTER_RUN", "startsOn", "2026-12-01"))
                .when().post(assignments(club)).then().statusCode(201).extract().jsonPath().getLong("id");

        Drafts.republish("routines", routine, Drafts.routine(routine, "Kept, second", List.of("hip-switches")));
        Drafts.republish("routines", routine, Drafts.routine(routine, "Kept, third", List.of("hip-switches")));

        var open = as(coach).when().get(notices(club)).then().body("total", is(1))
                .body("items[0].pinnedRevision", is(1)).body("items[0].currentRevision", is(3))
                .extract().jsonPath();
        long notice = open.getLong("items[0].id");
        String keep = notices(club) + "/" + notice + "/keep";
        as(member.accessToken()).when().post(keep).then().statusCode(403);
        as(otherCoach.accessToken()).when().post(keep).then().statusCode(404);
        TestAccounts.client().when().post(keep).then().statusCode(401);

        as(coach).when().post(keep).then().statusCode(204);
        as(coach).when().post(keep).then().statusCode(409);
        as(coach).when().post(notices(club) + "/9000000000/keep").then().statusCode(404);
        as(coach).when().get(notices(club)).then().body("total", is(0));
        as(coach).when().get(assignments(club) + "/" + id)
                .then().body("routineRevision", is(1)).body("openNotices", is(0));
        as(member.accessToken()).when().get("/api/v1/me/assignments/" + id + "/routine")
                .then().body("name", is("Kept"));

        // Unpublishing is a change too: nothing is published to move to, so the coach keeps or ends it.
        DemoCallers.admin().given().header("If-Match", etag(routine)).when()
                .post("/api/v1/admin/routines/" + routine + "/unpublish").then().statusCode(200);
        as(coach).when().get(notices(club)).then().body("items.currentRevision", contains(nullValue()))
                .body("items.diff.changes.change", hasItem(List.of("REMOVED")));
        as(coach).when().post(assignments(club) + "/" + id + "/move").then().statusCode(409);
        as(member.accessToken()).when().get("/api/v1/me/assignments/" + id + "/routine")
                .then().statusCode(200).body("name", is("Kept"));
    }

    private static String etag(String routine) {
        return DemoCallers.editor().given().when().get("/api/v1/admin/routines/" + routine).then().extract()
                .header("ETag");
    }

    private static JsonPath notice(JsonPath open, String kind) {
        int index = open.getList("items.kind").indexOf(kind);
        return new JsonPath(open.prettify()).setRootPath("items[" + index + "]");
    }

    private static List<String> drillsOf(List<PlanStep> sets) {
        return sets.stream().map(PlanStep::drill).distinct().toList();
    }
}
