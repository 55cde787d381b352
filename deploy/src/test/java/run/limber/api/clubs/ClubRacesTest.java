package run.limber.api.clubs;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.coachOf;
import static run.limber.api.clubs.ClubPeople.memberOf;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/** Changes of who owns a club, sent at the same moment, leave it with exactly one owner. */
@QuarkusTest
class ClubRacesTest {

    @Test
    void handOversAtOnceLeaveExactlyOneOwner() {
        var club = club();
        var heirs = List.of(coachOf(club), memberOf(club), memberOf(club), coachOf(club));

        var statuses = AtOnce.run(heirs.size(), i -> club.owner().given()
                .body(Map.of("accountId", heirs.get(i).id())).when().post(club.path() + "/owner").statusCode());

        assertEquals(1, Collections.frequency(statuses, 204), statuses.toString());
        assertEquals(heirs.size() - 1, Collections.frequency(statuses, 403), statuses.toString());
        var roles = club.owner().given().queryParam("size", 10).when().get(club.path() + "/members")
                .then().statusCode(200).extract().jsonPath().getList("items.role", String.class);
        assertEquals(1, Collections.frequency(roles, "OWNER"), roles.toString());
    }

    @Test
    void anOwnerHandingOnWhileAnotherHeirIsNamedStillLeavesOneOwner() {
        var club = club();
        var coach = coachOf(club);
        var member = memberOf(club);

        AtOnce.run(2, i -> i == 0
                ? club.owner().given().body(Map.of("accountId", coach.id())).when().post(club.path() + "/owner")
                .statusCode()
                : club.owner().given().body(Map.of("role", "COACH"))
                .when().put(club.path() + "/members/" + member.id() + "/role").statusCode());

        var roles = coach.given().queryParam("size", 10).when().get(club.path() + "/members")
                .then().statusCode(200).extract().jsonPath().getList("items.role", String.class);
        assertEquals(1, Collections.frequency(roles, "OWNER"), roles.toString());
    }

    @Test
    void aMemberChangingTheirSharingWhileTheOwnerChangesTheirRoleBothSucceed() {
        var club = club();
        var member = memberOf(club);
        for (int round = 0; round < 3; round++) {
            String role = round % 2 == 0 ? "COACH" : "MEMBER";
            var statuses = AtOnce.run(2, i -> i == 0
                    ? member.given().body(Map.of("notes", true)).when().put(club.path() + "/members/me/sharing")
                    .statusCode()
                    : club.owner().given().body(Map.of("role", role))
                    .when().put(club.path() + "/members/" + member.id() + "/role").statusCode());
            assertEquals(List.of(200, 204), statuses);
        }
    }

    @Test
    void anOwnerDeletingTheClubWhileHandingItOnDoesOneOrTheOther() {
        var club = club();
        var coach = coachOf(club);
        var statuses = AtOnce.run(2, i -> i == 0
                ? club.owner().given().when().delete(club.path()).statusCode()
                : club.owner().given().body(Map.of("accountId", coach.id())).when().post(club.path() + "/owner")
                .statusCode());
        int clubStatus = coach.given().when().get(club.path()).statusCode();
        if (statuses.getFirst() == 204) {
            assertEquals(404, clubStatus, statuses.toString());
        } else {
            assertEquals(List.of(403, 204), statuses);
            coach.given().when().get(club.path()).then().statusCode(200).body("role", equalTo("OWNER"));
        }
    }
}
