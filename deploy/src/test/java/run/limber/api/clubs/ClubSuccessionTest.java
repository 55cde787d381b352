package run.limber.api.clubs;

import static org.hamcrest.Matchers.equalTo;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.coachOf;
import static run.limber.api.clubs.ClubPeople.memberOf;
import static run.limber.testing.TestAccounts.PASSWORD;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

/** A club outlives its owner's account, and a member's export holds their memberships. */
@QuarkusTest
class ClubSuccessionTest {

    @Test
    void theLongestStandingCoachTakesOnTheClubOfADeletedOwner() {
        var club = club();
        var member = memberOf(club);
        var firstCoach = coachOf(club);
        var laterCoach = coachOf(club);

        deleteAccount(club.owner());

        firstCoach.given().when().get(club.path()).then().statusCode(200)
                .body("role", equalTo("OWNER")).body("memberCount", equalTo(3));
        laterCoach.given().when().get(club.path()).then().body("role", equalTo("COACH"));
        member.given().when().get(club.path()).then().body("role", equalTo("MEMBER"));
    }

    @Test
    void withoutCoachesTheLongestStandingMemberTakesItOn() {
        var club = club();
        var first = memberOf(club);
        var second = memberOf(club);

        deleteAccount(club.owner());

        first.given().when().get(club.path()).then().body("role", equalTo("OWNER"));
        second.given().when().get(club.path()).then().body("role", equalTo("MEMBER"));
    }

    @Test
    void aClubWithNobodyElseGoesWithItsOwner() {
        var club = club();
        deleteAccount(club.owner());
        DemoCallers.admin().given().queryParam("size", 100).when().get("/api/v1/admin/clubs")
                .then().body("items.findAll { it.id == " + club.id() + " }.size()", equalTo(0));
    }

    @Test
    void aMembersExportHoldsTheirMembershipsAndSharingChoices() {
        var club = club();
        var member = memberOf(club);
        member.given().body(Map.of("notes", true)).when().put(club.path() + "/members/me/sharing")
                .then().statusCode(200);

        member.given().when().get("/api/v1/me/export").then().statusCode(200)
                .body("data.clubs[0].clubId", equalTo((int) club.id()))
                .body("data.clubs[0].clubName", equalTo("Riverside Runners"))
                .body("data.clubs[0].role", equalTo("MEMBER"))
                .body("data.clubs[0].sharing.notes", equalTo(true))
                .body("data.clubs[0].sharing.email", equalTo(false));
    }

    private static void deleteAccount(ClubPeople.Person person) {
        person.given().body(Map.of("password", PASSWORD)).when().delete("/api/v1/me").then().statusCode(204);
    }
}
