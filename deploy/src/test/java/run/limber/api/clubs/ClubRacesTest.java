package run.limber.api.clubs;

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
}
