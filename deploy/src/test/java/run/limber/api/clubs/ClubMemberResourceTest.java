package run.limber.api.clubs;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.coachOf;
import static run.limber.api.clubs.ClubPeople.memberOf;
import static run.limber.api.clubs.ClubPeople.person;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

/** The member list and club roles: who sees whom, who may name coaches and remove people. */
@QuarkusTest
class ClubMemberResourceTest {

    @Test
    void coachesSeeMembersWithEmailOnlyWhereShared() {
        var club = club();
        var sharing = person();
        sharing.given().body(Map.of("code", club.joinCode(), "sharing", Map.of("email", true)))
                .when().post("/api/v1/clubs/join").then().statusCode(201);
        var keepsItPrivate = memberOf(club);
        var coach = coachOf(club);

        var list = coach.given().when().get(club.path() + "/members").then().statusCode(200)
                .body("total", equalTo(4)).extract().jsonPath();
        var byId = list.getList("items", Map.class).stream()
                .collect(Collectors.toMap(item -> ((Number) item.get("accountId")).longValue(),
                        item -> item));
        assertEquals(sharing.email(), byId.get(sharing.id()).get("email"));
        assertNull(byId.get(keepsItPrivate.id()).get("email"));
        assertEquals("OWNER", byId.get(club.owner().id()).get("role"));

        coach.given().queryParam("name", "no such runner").when().get(club.path() + "/members")
                .then().statusCode(200).body("total", equalTo(0));
        coach.given().queryParam("name", "x".repeat(101)).when().get(club.path() + "/members")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        coach.given().queryParam("size", 1000).when().get(club.path() + "/members").then().statusCode(400);
    }

    @Test
    void membersAndOtherClubsCoachesDoNotSeeTheList() {
        var club = club();
        memberOf(club).given().when().get(club.path() + "/members").then().statusCode(403);
        coachOf(club()).given().when().get(club.path() + "/members").then().statusCode(404);
        DemoCallers.admin().given().when().get(club.path() + "/members").then().statusCode(404);
    }

    @Test
    void theOwnerNamesCoachesAndOnlyTheOwner() {
        var club = club();
        var member = memberOf(club);
        var coach = coachOf(club);
        String role = club.path() + "/members/" + member.id() + "/role";

        coach.given().body(Map.of("role", "COACH")).when().put(role).then().statusCode(403);
        member.given().body(Map.of("role", "COACH")).when().put(role).then().statusCode(403);
        club.owner().given().body(Map.of("role", "OWNER")).when().put(role)
                .then().statusCode(400).body("errors.field", hasItem("role"));
        club.owner().given().body(Map.of("role", "CAPTAIN")).when().put(role).then().statusCode(400);
        club.owner().given().body(Map.of("role", "MEMBER"))
                .when().put(club.path() + "/members/" + club.owner().id() + "/role").then().statusCode(409);
        club.owner().given().body(Map.of("role", "COACH"))
                .when().put(club.path() + "/members/" + person().id() + "/role").then().statusCode(404);

        club.owner().given().body(Map.of("role", "COACH")).when().put(role).then().statusCode(204);
        member.given().when().get(club.path()).then().body("role", equalTo("COACH"));
        club.owner().given().body(Map.of("role", "MEMBER")).when().put(role).then().statusCode(204);
        member.given().when().get(club.path()).then().body("role", equalTo("MEMBER"));
    }

    @Test
    void coachesRemoveMembersAndTheOwnerRemovesCoaches() {
        var club = club();
        var member = memberOf(club);
        var coach = coachOf(club);
        var otherCoach = coachOf(club);

        member.given().when().delete(club.path() + "/members/" + coach.id()).then().statusCode(403);
        coach.given().when().delete(club.path() + "/members/" + otherCoach.id()).then().statusCode(403);
        coach.given().when().delete(club.path() + "/members/" + club.owner().id()).then().statusCode(409);
        coach.given().when().delete(club.path() + "/members/" + member.id()).then().statusCode(204);
        member.given().when().get(club.path()).then().statusCode(404);
        club.owner().given().when().delete(club.path() + "/members/" + otherCoach.id()).then().statusCode(204);
        club.owner().given().when().delete(club.path() + "/members/" + otherCoach.id()).then().statusCode(404);
    }

    @Test
    void sharingChoicesAndTheDigestAreEachMembersOwn() {
        var club = club();
        var member = memberOf(club);
        member.given().body(Map.of("pain", true, "selfTests", true)).when().put(club.path() + "/members/me/sharing")
                .then().statusCode(200).body("pain", equalTo(true)).body("selfTests", equalTo(true))
                .body("notes", equalTo(false));
        member.given().when().get(club.path() + "/members/me").then().statusCode(200)
                .body("sharing.pain", equalTo(true)).body("role", equalTo("MEMBER"));
        member.given().body(Map.of("wantsDigest", false)).when().put(club.path() + "/members/me/digest")
                .then().statusCode(403);
        club.owner().given().body(Map.of("wantsDigest", false)).when().put(club.path() + "/members/me/digest")
                .then().statusCode(200).body("wantsDigest", equalTo(false));
        club.owner().given().body(Map.of()).when().put(club.path() + "/members/me/digest")
                .then().statusCode(400).body("errors.field", hasItem("wantsDigest"));
        person().given().when().get(club.path() + "/members/me/sharing").then().statusCode(404);
        person().given().body(Map.of()).when().put(club.path() + "/members/me/sharing").then().statusCode(404);
    }

    @Test
    void leavingEndsTheMembershipAndAnOwnerHandsOnFirst() {
        var club = club();
        var member = memberOf(club);
        member.given().when().delete(club.path() + "/members/me").then().statusCode(204);
        member.given().when().get(club.path()).then().statusCode(404);
        member.given().when().delete(club.path() + "/members/me").then().statusCode(404);

        var stays = memberOf(club);
        club.owner().given().when().delete(club.path() + "/members/me").then().statusCode(409)
                .body("detail", containsString("hand ownership"));
        club.owner().given().body(Map.of("accountId", stays.id())).when().post(club.path() + "/owner")
                .then().statusCode(204);
        stays.given().when().get(club.path()).then().body("role", equalTo("OWNER"));
        club.owner().given().when().get(club.path()).then().body("role", equalTo("COACH"));
        club.owner().given().when().delete(club.path() + "/members/me").then().statusCode(204);

        stays.given().when().delete(club.path() + "/members/me").then().statusCode(204);
        stays.given().when().get(club.path()).then().statusCode(404);
        DemoCallers.admin().given().when().get("/api/v1/admin/clubs?size=100")
                .then().body("items.id", not(hasItem((int) club.id())));
    }

    @Test
    void handingOverNeedsTheOwnerAndAMember() {
        var club = club();
        var coach = coachOf(club);
        coach.given().body(Map.of("accountId", coach.id())).when().post(club.path() + "/owner").then().statusCode(403);
        club.owner().given().body(Map.of("accountId", club.owner().id())).when().post(club.path() + "/owner")
                .then().statusCode(400).body("errors.field", hasItem("accountId"));
        club.owner().given().body(Map.of()).when().post(club.path() + "/owner").then().statusCode(400);
        club.owner().given().body(Map.of("accountId", person().id())).when().post(club.path() + "/owner")
                .then().statusCode(404);
        club.owner().given().when().get(club.path()).then().body("role", equalTo("OWNER")).body("joinCode",
                not(nullValue()));
    }
}
