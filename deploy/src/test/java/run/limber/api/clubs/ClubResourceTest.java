package run.limber.api.clubs;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.coachOf;
import static run.limber.api.clubs.ClubPeople.memberOf;
import static run.limber.api.clubs.ClubPeople.person;
import static run.limber.testing.TestAccounts.client;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Creating, reading, editing and deleting clubs, and their join codes, across the callers a club has. */
@QuarkusTest
class ClubResourceTest {

    private static final Map<String, String> RIVERSIDE = Map.of("name", "Riverside Runners", "timeZone", "Europe/Berlin");

    @Test
    void theCreatorOwnsTheNewClubAndSeesItsJoinCodeAndLink() {
        var owner = person();
        var created = owner.given().body(Map.of("name", "  Riverside Runners ", "timeZone", "Europe/Berlin",
                        "description", "Tuesdays at the river"))
                .when().post("/api/v1/clubs")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/clubs/\\d+"))
                .header("ETag", notNullValue())
                .body("name", equalTo("Riverside Runners"))
                .body("role", equalTo("OWNER"))
                .body("memberCount", equalTo(1))
                .body("joinCode", matchesPattern("[0-9A-HJKMNP-TV-Z]{10}"))
                .extract().jsonPath();
        assertEquals("https://limber.test/clubs/join/" + created.getString("joinCode"), created.getString("joinLink"));

        owner.given().when().get("/api/v1/clubs").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].id", equalTo(created.getInt("id")))
                .body("items[0].role", equalTo("OWNER"));
    }

    @Test
    void wrongDetailsAreFieldErrors() {
        person().given().body(Map.of("name", " ", "timeZone", "Mars/Olympus", "description", "x".repeat(1001)))
                .when().post("/api/v1/clubs")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItems("name", "timeZone", "description"));
        person().given().body(Map.of("name", "x".repeat(81), "timeZone", "+02:00"))
                .when().post("/api/v1/clubs")
                .then().statusCode(400).body("errors.field", hasItems("name", "timeZone"));
        person().given().when().post("/api/v1/clubs").then().statusCode(400);
    }

    @Test
    void anonymousCallersAreUnauthorizedEverywhere() {
        var club = club();
        client().body(RIVERSIDE).when().post("/api/v1/clubs").then().statusCode(401);
        client().when().get("/api/v1/clubs").then().statusCode(401);
        client().when().get(club.path()).then().statusCode(401);
        client().when().get("/api/v1/clubs/join/" + club.joinCode()).then().statusCode(401);
        client().when().get(club.path() + "/members").then().statusCode(401);
        client().when().get(club.path() + "/groups").then().statusCode(401);
        client().when().delete(club.path() + "/members/me").then().statusCode(401);
    }

    @Test
    void membersSeeTheClubWithoutItsCodeAndOutsidersDoNotSeeItAtAll() {
        var club = club();
        var member = memberOf(club);
        member.given().when().get(club.path()).then().statusCode(200)
                .body("role", equalTo("MEMBER"))
                .body("memberCount", equalTo(2))
                .body("joinCode", nullValue())
                .body("joinLink", nullValue());
        coachOf(club).given().when().get(club.path()).then().statusCode(200)
                .body("role", equalTo("COACH")).body("joinCode", equalTo(club.joinCode()));

        var coachElsewhere = coachOf(club());
        coachElsewhere.given().when().get(club.path()).then().statusCode(404)
                .contentType("application/problem+json");
        coachElsewhere.given().when().get("/api/v1/clubs/999999999999").then().statusCode(404);
        coachElsewhere.given().body(RIVERSIDE).header("If-Match", "\"0\"").when().put(club.path()).then().statusCode(404);
        coachElsewhere.given().when().delete(club.path()).then().statusCode(404);
        coachElsewhere.given().when().post(club.path() + "/join-code").then().statusCode(404);
    }

    @Test
    void coachesEditTheClubWithTheVersionTheyRead() {
        var club = club();
        var coach = coachOf(club);
        String etag = coach.given().when().get(club.path()).then().statusCode(200).extract().header("ETag");

        String newTag = coach.given().header("If-Match", etag)
                .body(Map.of("name", "Riverside RC", "timeZone", "America/New_York"))
                .when().put(club.path())
                .then().statusCode(200)
                .body("name", equalTo("Riverside RC"))
                .body("timeZone", equalTo("America/New_York"))
                .body("description", nullValue())
                .extract().header("ETag");
        assertNotEquals(etag, newTag);

        coach.given().header("If-Match", etag).body(RIVERSIDE).when().put(club.path())
                .then().statusCode(412).contentType("application/problem+json");
        coach.given().body(RIVERSIDE).when().put(club.path()).then().statusCode(428);
        coach.given().header("If-Match", "*").body(RIVERSIDE).when().put(club.path()).then().statusCode(400);
        memberOf(club).given().header("If-Match", newTag).body(RIVERSIDE).when().put(club.path())
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void onlyTheOwnerDeletesTheClub() {
        var club = club();
        coachOf(club).given().when().delete(club.path()).then().statusCode(403);
        memberOf(club).given().when().delete(club.path()).then().statusCode(403);

        club.owner().given().when().delete(club.path()).then().statusCode(204);
        club.owner().given().when().get(club.path()).then().statusCode(404);
    }

    @Test
    void aNewJoinCodeRetiresTheOldOneAndSwitchingOffStopsJoining() {
        var club = club();
        var coach = coachOf(club);
        var member = memberOf(club);
        String newCode = coach.given().when().post(club.path() + "/join-code")
                .then().statusCode(200)
                .body("joinLink", endsWith("/clubs/join/" + coach.given().when().get(club.path()).jsonPath()
                        .getString("joinCode")))
                .extract().jsonPath().getString("joinCode");
        assertNotEquals(club.joinCode(), newCode);
        var runner = person();
        runner.given().when().get("/api/v1/clubs/join/" + club.joinCode()).then().statusCode(404);
        runner.given().body(Map.of("code", club.joinCode())).when().post("/api/v1/clubs/join").then().statusCode(404);

        member.given().when().delete(club.path() + "/join-code").then().statusCode(403);
        coach.given().when().delete(club.path() + "/join-code").then().statusCode(204);
        coach.given().when().get(club.path()).then().body("joinCode", nullValue());
        runner.given().body(Map.of("code", newCode)).when().post("/api/v1/clubs/join").then().statusCode(404);
    }
}
