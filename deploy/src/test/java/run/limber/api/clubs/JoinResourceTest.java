package run.limber.api.clubs;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.api.clubs.ClubPeople.club;
import static run.limber.api.clubs.ClubPeople.join;
import static run.limber.api.clubs.ClubPeople.person;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.AtOnce;

/** Joining with consent: first what the coaches will see, then joining with one's choices, once. */
@QuarkusTest
class JoinResourceTest {

    @Test
    void thePreviewSaysWhatCoachesAlwaysSeeAndWhatOnlyIfChosen() {
        var club = club();
        var runner = person();
        runner.given().when().get("/api/v1/clubs/join/" + club.joinCode())
                .then().statusCode(200)
                .body("clubName", equalTo("Riverside Runners"))
                .body("memberCount", equalTo(1))
                .body("alreadyMember", equalTo(false))
                .body("alwaysShared", hasSize(3))
                .body("sharedIfChosen.name", equalTo(List.of("notes", "ease", "pain", "selfTests", "email")));
        club.owner().given().when().get("/api/v1/clubs/join/" + club.joinCode())
                .then().statusCode(200).body("alreadyMember", equalTo(true));
        runner.given().when().get("/api/v1/clubs/join/NOTACODE00").then().statusCode(404)
                .contentType("application/problem+json");
        runner.given().when().get("/api/v1/clubs/join/" + "X".repeat(500)).then().statusCode(404);
    }

    @Test
    void joiningMakesAMemberWithTheChosenSharingAndNothingElse() {
        var club = club();
        var runner = person();
        String typed = club.joinCode().toLowerCase(Locale.ROOT).substring(0, 5) + "-" + club.joinCode().substring(5);
        runner.given().body(Map.of("code", typed, "sharing", Map.of("notes", true, "email", true)))
                .when().post("/api/v1/clubs/join")
                .then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/clubs/" + club.id() + "/members/me"))
                .body("clubId", equalTo((int) club.id()))
                .body("clubName", equalTo("Riverside Runners"))
                .body("role", equalTo("MEMBER"))
                .body("sharing", equalTo(Map.of("notes", true, "ease", false, "pain", false, "selfTests", false,
                        "email", true)));

        runner.given().when().get("/api/v1/clubs").then().body("items.role", hasItem("MEMBER"));
        runner.given().body(Map.of("code", club.joinCode())).when().post("/api/v1/clubs/join")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void sharingIsOffUnlessTurnedOn() {
        var club = club();
        var runner = person();
        join(runner, club);
        runner.given().when().get(club.path() + "/members/me/sharing").then().statusCode(200)
                .body("", equalTo(Map.of("notes", false, "ease", false, "pain", false, "selfTests", false,
                        "email", false)));
    }

    @Test
    void aJoinWithoutACodeIsAFieldError() {
        person().given().body(Map.of("sharing", Map.of())).when().post("/api/v1/clubs/join")
                .then().statusCode(400).body("errors.field", hasItem("code"));
        person().given().body(Map.of("code", "ABCDEFGHJK", "sharing", Map.of("notes", "very")))
                .when().post("/api/v1/clubs/join").then().statusCode(400);
    }

    @Test
    void twentyJoinsOfOneAccountAtOnceMakeOneMembership() {
        var club = club();
        var runner = person();
        var statuses = AtOnce.run(20, i -> runner.given().body(Map.of("code", club.joinCode()))
                .when().post("/api/v1/clubs/join").statusCode());

        assertEquals(1, Collections.frequency(statuses, 201), statuses.toString());
        assertEquals(19, Collections.frequency(statuses, 409), statuses.toString());
        club.owner().given().when().get(club.path()).then().body("memberCount", equalTo(2));
    }
}
