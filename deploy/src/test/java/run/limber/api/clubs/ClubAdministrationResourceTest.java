package run.limber.api.clubs;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.coachOf;
import static run.limber.api.clubs.ClubPeople.memberOf;
import static run.limber.testing.TestAccounts.client;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Set;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

/** Platform admins list and delete clubs, and see nothing inside them. */
@QuarkusTest
class ClubAdministrationResourceTest {

    @Test
    void adminsSeeEveryClubWithItsMemberCountOnly() {
        var club = club();
        memberOf(club);
        var listed = DemoCallers.admin().given().queryParam("size", 100).when().get("/api/v1/admin/clubs")
                .then().statusCode(200)
                .extract().jsonPath().getMap("items.find { it.id == " + club.id() + " }");
        assertEquals(Set.of("id", "name", "timeZone", "memberCount", "createdAt"), listed.keySet());
        assertEquals("Riverside Runners", listed.get("name"));
        assertEquals(2, listed.get("memberCount"));
    }

    @Test
    void adminsDoNotReadWhatIsInAClub() {
        var club = club();
        var admin = DemoCallers.admin();
        admin.given().when().get(club.path()).then().statusCode(404);
        admin.given().when().get(club.path() + "/members").then().statusCode(404);
        admin.given().when().get(club.path() + "/groups").then().statusCode(404);
        admin.given().when().get("/api/v1/clubs").then().statusCode(200).body("items.id", not(hasItem((int) club.id())));
    }

    @Test
    void onlyPlatformAdminsUseTheClubAdministration() {
        var club = club();
        client().when().get("/api/v1/admin/clubs").then().statusCode(401);
        club.owner().given().when().get("/api/v1/admin/clubs").then().statusCode(403);
        coachOf(club).given().when().delete("/api/v1/admin/clubs/" + club.id()).then().statusCode(403);
        DemoCallers.editor().given().when().delete("/api/v1/admin/clubs/" + club.id()).then().statusCode(403);
        DemoCallers.admin().given().queryParam("page", -1).when().get("/api/v1/admin/clubs").then().statusCode(400);
    }

    @Test
    void anAdminDeletesAClub() {
        var club = club();
        var member = memberOf(club);
        DemoCallers.admin().given().when().delete("/api/v1/admin/clubs/" + club.id()).then().statusCode(204);
        DemoCallers.admin().given().when().delete("/api/v1/admin/clubs/" + club.id()).then().statusCode(404);
        club.owner().given().when().get(club.path()).then().statusCode(404);
        member.given().when().get("/api/v1/clubs").then().body("total", equalTo(0));
    }
}
