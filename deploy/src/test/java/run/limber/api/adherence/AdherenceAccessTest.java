package run.limber.api.adherence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.domain.clubs.adherence.AdherenceFixture.thisMonday;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.client;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.adherence.AdherenceFixture;
import run.limber.testing.DemoCallers;

/** Who may read a club's adherence, what its parameters accept, the CSV, and weeks across time zones. */
@QuarkusTest
class AdherenceAccessTest {

    private static final String ROUTINE = AdherenceResourceTest.ROUTINE;

    @Inject
    EntityManager entities;

    AdherenceFixture fixture;
    long club;
    String owner;
    String coach;
    String member;

    @BeforeEach
    void club() {
        fixture = new AdherenceFixture(entities);
        club = fixture.club("Harbour Harriers", "UTC");
        owner = joined("OWNER");
        coach = joined("COACH");
        member = joined("MEMBER");
    }

    private String joined(String role) {
        var account = register();
        fixture.join(club, account.id(), role, false);
        return account.accessToken();
    }

    private List<String> paths() {
        String base = "/api/v1/clubs/" + club + "/adherence";
        return List.of(base, base + "/summary", base + ".csv");
    }

    @Test
    void coachesAndTheOwnerReadMembersAreRefusedAndEveryoneElseFindsNoSuchClub() {
        long otherClub = fixture.club("Elsewhere", "UTC");
        var otherCoach = register();
        fixture.join(otherClub, otherCoach.id(), "COACH", false);
        String outsider = register().accessToken();
        for (String path : paths()) {
            client().when().get(path).then().statusCode(401);
            as(owner).when().get(path).then().statusCode(200);
            as(coach).when().get(path).then().statusCode(200);
            as(member).when().get(path).then().statusCode(403)
                    .contentType("application/problem+json");
            as(outsider).when().get(path).then().statusCode(404);
            as(otherCoach.accessToken()).when().get(path).then().statusCode(404);
            // a platform admin manages clubs, never reads their members' training
            DemoCallers.admin().given().when().get(path).then().statusCode(404);
        }
        as(coach).when().get("/api/v1/clubs/" + (club + 1_000_000) + "/adherence").then().statusCode(404);
        client().when().get("/api/v1/me/adherence").then().statusCode(401);
    }

    @Test
    void aGroupOfAnotherClubIsNotFound() {
        long otherClub = fixture.club("Elsewhere", "UTC");
        long foreignGroup = fixture.group(otherClub, "Their squad");
        as(coach).queryParam("groupId", foreignGroup).when().get("/api/v1/clubs/" + club + "/adherence")
                .then().statusCode(404);
        as(coach).queryParam("groupId", foreignGroup).when().get("/api/v1/clubs/" + club + "/adherence/summary")
                .then().statusCode(404);
    }

    @Test
    void everyParameterIsBoundedAndAllMistakesAreReportedAtOnce() {
        as(coach).queryParam("weeks", 53).queryParam("groupId", "x").queryParam("behind", "maybe")
                .queryParam("sort", "fastest").queryParam("page", -1).queryParam("size", 1000)
                .when().get("/api/v1/clubs/" + club + "/adherence")
                .then().statusCode(400)
                .body("errors.field", containsInAnyOrder("weeks", "groupId", "behind", "sort", "page", "size"));
        as(coach).queryParam("q", "x".repeat(81)).when().get("/api/v1/clubs/" + club + "/adherence")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("q"));
        as(coach).queryParam("weeks", "99999999999999999999").when().get("/api/v1/clubs/" + club + "/adherence.csv")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("weeks"));
        as(coach).queryParam("weeks", 0).when().get("/api/v1/clubs/" + club + "/adherence/summary")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("weeks"));
        as(member).queryParam("weeks", 0).when().get("/api/v1/me/adherence")
                .then().statusCode(400).body("errors.field", containsInAnyOrder("weeks"));
    }

    @Test
    void theCsvHasOneRowPerMemberAndWeekSharedEmailsOnlyAndNoFormulas() {
        LocalDate monday = thisMonday();
        long formula = fixture.account("=HYPERLINK(\"http://evil\")", "UTC");
        fixture.join(club, formula, "MEMBER", true);
        long quiet = fixture.account("Quiet", "UTC");
        fixture.join(club, quiet, "MEMBER", false);
        fixture.assignment(club, null, quiet, ROUTINE, monday.minusWeeks(1), null, 2, MONDAY, FRIDAY);
        fixture.sessions(quiet, ROUTINE, monday.minusWeeks(1), 2);

        String csv = as(coach).queryParam("weeks", 2).when().get("/api/v1/clubs/" + club + "/adherence.csv")
                .then().statusCode(200)
                .contentType(containsString("text/csv"))
                .header("Content-Disposition", is("attachment; filename=\"club-" + club + "-adherence.csv\""))
                .extract().asString();
        var lines = csv.lines().toList();
        assertEquals("account_id,display_name,email,streak_weeks,last_session_at,week,sessions,target,status",
                lines.getFirst());
        assertEquals(1 + 5 * 2, lines.size(), "5 members (owner, coach, member and two more), 2 weeks each");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith(formula + ",\"'=HYPERLINK(\"\"http://evil\"\")\",member-")),
                csv);
        assertTrue(lines.contains(quiet + ",Quiet,,1," + monday.minusWeeks(1) + "T12:01:00Z," + monday.minusWeeks(1)
                + ",2,2,MET"), csv);
        assertTrue(lines.contains(quiet + ",Quiet,,1," + monday.minusWeeks(1) + "T12:01:00Z," + monday
                + ",0,2,IN_PROGRESS"), csv);
    }

    @Test
    void eachMembersSessionsFallInTheWeekOfTheirOwnTimeZone() {
        LocalDate monday = thisMonday();
        long auckland = fixture.account("Auckland", "Pacific/Auckland");
        long honolulu = fixture.account("Honolulu", "Pacific/Honolulu");
        for (long runner : new long[] {auckland, honolulu}) {
            fixture.join(club, runner, "MEMBER", false);
            fixture.assignment(club, null, runner, ROUTINE, monday.minusWeeks(2), null, 7, DayOfWeek.values());
            // Monday 05:00 UTC: Monday evening in Auckland, still Sunday evening in Honolulu
            fixture.session(runner, ROUTINE, monday.atTime(5, 0).toInstant(ZoneOffset.UTC));
        }
        as(coach).queryParam("weeks", 2).when().get("/api/v1/clubs/" + club + "/adherence")
                .then().statusCode(200)
                .body("members.items.find { it.displayName == 'Auckland' }.weeks.sessions", is(List.of(1, 0)))
                .body("members.items.find { it.displayName == 'Honolulu' }.weeks.sessions", is(List.of(0, 1)));
    }
}
