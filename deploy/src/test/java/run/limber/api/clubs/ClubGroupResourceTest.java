package run.limber.api.clubs;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.coachOf;
import static run.limber.api.clubs.ClubPeople.memberOf;
import static run.limber.api.clubs.ClubPeople.person;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/** Groups of a club's members: coaches keep them, members see the names of their own. */
@QuarkusTest
class ClubGroupResourceTest {

    @Test
    void coachesMakeGroupsAndPutMembersInThem() {
        var club = club();
        var coach = coachOf(club);
        var member = memberOf(club);
        long tuesday = createGroup(club, coach, "Tuesday squad");
        long marathon = createGroup(club, coach, "Marathon group");
        String tuesdayMember = club.path() + "/groups/" + tuesday + "/members/" + member.id();

        coach.given().when().put(tuesdayMember).then().statusCode(204);
        coach.given().when().put(tuesdayMember).then().statusCode(204);
        coach.given().when().put(club.path() + "/groups/" + marathon + "/members/" + member.id()).then().statusCode(204);

        coach.given().when().get(club.path() + "/groups").then().statusCode(200)
                .body("name", equalTo(List.of("Marathon group", "Tuesday squad")))
                .body("memberCount", equalTo(List.of(1, 1)));
        coach.given().when().get(club.path() + "/groups/" + tuesday + "/members").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].accountId", equalTo((int) member.id()));
        coach.given().when().get(club.path() + "/members").then()
                .body("items.find { it.accountId == " + member.id() + " }.groups.name",
                        equalTo(List.of("Marathon group", "Tuesday squad")));

        coach.given().when().delete(tuesdayMember).then().statusCode(204);
        coach.given().when().get(club.path() + "/groups/" + tuesday + "/members").then().body("total", equalTo(0));
    }

    @Test
    void membersSeeOnlyTheNamesOfTheirOwnGroups() {
        var club = club();
        var member = memberOf(club);
        long mine = createGroup(club, club.owner(), "Tuesday squad");
        createGroup(club, club.owner(), "Elite");
        club.owner().given().when().put(club.path() + "/groups/" + mine + "/members/" + member.id())
                .then().statusCode(204);

        member.given().when().get(club.path() + "/groups").then().statusCode(200)
                .body("", hasSize(1)).body("[0].name", equalTo("Tuesday squad")).body("[0].memberCount", nullValue());
        member.given().body(Map.of("name", "Mine")).when().post(club.path() + "/groups").then().statusCode(403);
        member.given().when().get(club.path() + "/groups/" + mine + "/members").then().statusCode(403);
        member.given().when().delete(club.path() + "/groups/" + mine + "/members/" + member.id()).then().statusCode(403);
    }

    @Test
    void namesAreUniqueInAClubInAnyCase() {
        var club = club();
        createGroup(club, club.owner(), "Tuesday squad");
        club.owner().given().body(Map.of("name", "TUESDAY SQUAD")).when().post(club.path() + "/groups")
                .then().statusCode(409).contentType("application/problem+json");
        long other = createGroup(club, club.owner(), "Thursday");
        club.owner().given().body(Map.of("name", "tuesday squad")).when().put(club.path() + "/groups/" + other)
                .then().statusCode(409);
        club.owner().given().body(Map.of("name", "Thursday squad")).when().put(club.path() + "/groups/" + other)
                .then().statusCode(200).body("name", equalTo("Thursday squad")).body("memberCount", equalTo(0));
        club.owner().given().body(Map.of("name", "")).when().post(club.path() + "/groups")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        club.owner().given().body(Map.of("name", "x".repeat(61))).when().post(club.path() + "/groups")
                .then().statusCode(400);
    }

    @Test
    void tenCreatesOfOneNameAtOnceMakeOneGroup() {
        var club = club();
        var statuses = AtOnce.run(10, i -> club.owner().given().body(Map.of("name", "Sprinters"))
                .when().post(club.path() + "/groups").statusCode());
        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(9, Collections.frequency(statuses, 409), statuses.toString());
    }

    @Test
    void groupsAndPeopleOfOtherClubsAreNotFound() {
        var club = club();
        var other = club();
        long group = createGroup(club, club.owner(), "Tuesday squad");
        long foreignGroup = createGroup(other, other.owner(), "Theirs");
        var stranger = person();

        club.owner().given().when().put(club.path() + "/groups/" + group + "/members/" + stranger.id())
                .then().statusCode(404);
        club.owner().given().when().put(club.path() + "/groups/" + foreignGroup + "/members/" + club.owner().id())
                .then().statusCode(404);
        club.owner().given().when().delete(club.path() + "/groups/" + foreignGroup).then().statusCode(404);
        other.owner().given().when().get(club.path() + "/groups").then().statusCode(404);
        other.owner().given().when().delete(club.path() + "/groups/" + group).then().statusCode(404);

        club.owner().given().when().delete(club.path() + "/groups/" + group).then().statusCode(204);
        club.owner().given().when().get(club.path() + "/groups").then().body("", hasSize(0));
    }

    private static long createGroup(ClubPeople.Club club, ClubPeople.Person coach, String name) {
        return coach.given().body(Map.of("name", name)).when().post(club.path() + "/groups")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/groups/\\d+"))
                .body("name", equalTo(name))
                .extract().jsonPath().getLong("id");
    }
}
