package run.limber.api.clubs;

import static org.hamcrest.Matchers.is;
import static run.limber.testing.TestAccounts.client;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

/** With {@code limber.clubs.creators=admins} only platform admins create clubs; everything else about clubs stays. */
@QuarkusTest
@TestProfile(AdminsCreateClubsTest.AdminsCreate.class)
class AdminsCreateClubsTest {

    public static class AdminsCreate implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limber.clubs.creators", "admins");
        }
    }

    private static final Map<String, String> CLUB = Map.of("name", "Admins' Club", "timeZone", "UTC");

    @Test
    void aRunnerIsRefusedAndAnAdminCreatesTheClub() {
        ClubPeople.person().given().body(CLUB).when().post("/api/v1/clubs")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("status", is(403))
                .body("detail", is("On this Limber only platform admins create clubs."));
        client().body(CLUB).when().post("/api/v1/clubs").then().statusCode(401);

        long club = DemoCallers.admin().given().body(CLUB).when().post("/api/v1/clubs")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        DemoCallers.admin().given().when().get("/api/v1/clubs/" + club).then().statusCode(200)
                .body("name", is("Admins' Club"));
    }

    @Test
    void aRunnerStillJoinsTheAdminsClub() {
        String code = DemoCallers.admin().given().body(CLUB).when().post("/api/v1/clubs")
                .then().statusCode(201).extract().path("joinCode");
        ClubPeople.person().given().body(Map.of("code", code)).when().post("/api/v1/clubs/join")
                .then().statusCode(201);
    }
}
