package run.limber.webui.clubs;

import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import run.limber.testing.TestAccounts.Account;

/** Clubs for the view tests, made through the REST API by a fresh owner each. */
final class ClubsForViews {

    /** Every day of the week, so an assignment asks for a session today whatever day the test runs. */
    static final List<String> EVERY_DAY = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY",
            "SUNDAY");

    private ClubsForViews() {
    }

    static Club club(String name, String description) {
        var owner = register();
        var body = new HashMap<String, Object>(Map.of("name", name, "timeZone", "UTC"));
        if (description != null) {
            body.put("description", description);
        }
        var club = as(owner.accessToken()).body(body).when().post("/api/v1/clubs")
                .then().statusCode(201).extract().jsonPath();
        return new Club(club.getLong("id"), club.getString("joinCode"), owner, "Test Runner");
    }

    static void join(Account runner, Club club) {
        as(runner.accessToken()).body(Map.of("code", club.joinCode())).when().post("/api/v1/clubs/join")
                .then().statusCode(201);
    }

    /** Assigns the routine to the member on every day from this week's start; the assignment's id. */
    static long assign(Club club, Account member, String routine) {
        return as(club.owner().accessToken()).body(Map.of("routine", routine, "memberId", member.id(),
                        "days", EVERY_DAY, "context", "BEFORE_RUN",
                        "startsOn", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(7).toString()))
                .when().post("/api/v1/clubs/" + club.id() + "/assignments").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    record Club(long id, String joinCode, Account owner, String ownerName) {
    }
}
