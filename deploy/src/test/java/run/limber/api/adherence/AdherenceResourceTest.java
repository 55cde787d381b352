package run.limber.api.adherence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static run.limber.domain.clubs.adherence.AdherenceFixture.thisMonday;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.adherence.AdherenceFixture;
import run.limber.testing.TestAccounts;

/** The coaches' dashboard and summary of one club: shape, statuses, filters, sorts and paging. */
@QuarkusTest
class AdherenceResourceTest {

    static final String ROUTINE = "ten-minute-mobility";

    @Inject
    EntityManager entities;

    AdherenceFixture fixture;
    LocalDate monday;
    long club;
    long squad;
    String coach;
    TestAccounts.Account ada;
    long bob;

    /**
     * Ada (shares her email), Bob and Cy are in the Tuesday squad, assigned Monday, Wednesday and Friday, three a week,
     * since three weeks ago; Dee has nothing assigned. Ada: last week met, the week before partly, then met; Bob met
     * every week, this one too; Cy did nothing.
     */
    @BeforeEach
    void club() {
        fixture = new AdherenceFixture(entities);
        monday = thisMonday();
        club = fixture.club("Riverside", "UTC");
        var coachAccount = register();
        coach = coachAccount.accessToken();
        fixture.join(club, coachAccount.id(), "COACH", false);
        ada = register();
        fixture.displayName(ada.id(), "Ada");
        fixture.join(club, ada.id(), "MEMBER", true);
        bob = member("Bob");
        long cy = member("Cy");
        long dee = member("Dee");
        squad = fixture.group(club, "Tuesday squad", ada.id(), bob, cy);
        fixture.group(club, "Marathon", dee);
        fixture.assignment(club, squad, null, ROUTINE, monday.minusWeeks(3), null, 3, MONDAY, WEDNESDAY, FRIDAY);

        fixture.sessions(ada.id(), ROUTINE, monday.minusWeeks(1), 2);
        fixture.sessions(ada.id(), ROUTINE, monday.minusWeeks(1).plusDays(4), 1);
        fixture.sessions(ada.id(), "another-routine", monday.minusWeeks(1), 2);
        fixture.sessions(ada.id(), ROUTINE, monday.minusWeeks(2), 1);
        fixture.sessions(ada.id(), ROUTINE, monday.minusWeeks(3), 3);
        fixture.sessions(ada.id(), ROUTINE, monday.minusWeeks(4), 2); // before the assignment starts
        for (int week = 0; week <= 3; week++) {
            fixture.sessions(bob, ROUTINE, monday.minusWeeks(week), 3);
        }
    }

    private long member(String name) {
        long id = fixture.account(name, "UTC");
        fixture.join(club, id, "MEMBER", false);
        return id;
    }

    @Test
    void eachMemberHasWeeksNewestFirstWithSessionsTargetAndStatus() {
        as(coach).queryParam("weeks", 5).when().get("/api/v1/clubs/" + club + "/adherence")
                .then().statusCode(200)
                .body("weeks", contains(day(0), day(1), day(2), day(3), day(4)))
                .body("members.total", is(5))
                .body("members.page", is(0))
                .body("members.size", is(20))
                .body("members.items.displayName", contains("Ada", "Bob", "Cy", "Dee", "Test Runner"))
                .body("members.items[0].accountId", is((int) ada.id()))
                .body("members.items[0].email", is(ada.email()))
                .body("members.items[0].streakWeeks", is(1))
                .body("members.items[0].lastSessionAt", is(monday.minusWeeks(1).plusDays(4) + "T12:00:00Z"))
                .body("members.items[0].weeks.week", contains(day(0), day(1), day(2), day(3), day(4)))
                .body("members.items[0].weeks.sessions", contains(0, 3, 1, 3, 0))
                .body("members.items[0].weeks.target", contains(3, 3, 3, 3, 0))
                .body("members.items[0].weeks.status", contains("IN_PROGRESS", "MET", "PARTLY", "MET", null))
                .body("members.items[1]", not(hasKey("email")))
                .body("members.items[1].streakWeeks", is(4))
                .body("members.items[1].weeks.status", contains("MET", "MET", "MET", "MET", null))
                .body("members.items[2].streakWeeks", is(0))
                .body("members.items[2].lastSessionAt", nullValue())
                .body("members.items[2].weeks.status", contains("IN_PROGRESS", "MISSED", "MISSED", "MISSED", null))
                .body("members.items[3].weeks.target", contains(0, 0, 0, 0, 0));
    }

    @Test
    void twelveWeeksByDefault() {
        as(coach).when().get("/api/v1/clubs/" + club + "/adherence")
                .then().statusCode(200)
                .body("weeks.size()", is(12))
                .body("members.items[0].weeks.size()", is(12));
    }

    @Test
    void filtersByGroupNameAndFallingBehindThisWeek() {
        String dashboard = "/api/v1/clubs/" + club + "/adherence";
        as(coach).queryParam("groupId", squad).when().get(dashboard).then().statusCode(200)
                .body("members.total", is(3)).body("members.items.displayName", contains("Ada", "Bob", "Cy"));
        as(coach).queryParam("q", "BO").when().get(dashboard).then().statusCode(200)
                .body("members.total", is(1)).body("members.items.displayName", contains("Bob"));
        as(coach).queryParam("q", "%").when().get(dashboard).then().statusCode(200).body("members.total", is(0));
        as(coach).queryParam("behind", "true").when().get(dashboard).then().statusCode(200)
                .body("members.total", is(2)).body("members.items.displayName", contains("Ada", "Cy"));
        as(coach).queryParam("behind", "true").queryParam("q", "cy").when().get(dashboard).then().statusCode(200)
                .body("members.items.displayName", contains("Cy"));
    }

    @Test
    void sortsByNameByHowFarBehindAndByStreakAndPages() {
        String dashboard = "/api/v1/clubs/" + club + "/adherence";
        as(coach).queryParam("sort", "behind").when().get(dashboard).then().statusCode(200)
                .body("members.items.displayName", contains("Ada", "Cy", "Bob", "Dee", "Test Runner"));
        as(coach).queryParam("sort", "STREAK").when().get(dashboard).then().statusCode(200)
                .body("members.items.displayName", contains("Bob", "Ada", "Cy", "Dee", "Test Runner"));
        as(coach).queryParam("size", 2).queryParam("page", 1).when().get(dashboard).then().statusCode(200)
                .body("members.total", is(5)).body("members.page", is(1)).body("members.size", is(2))
                .body("members.items.displayName", contains("Cy", "Dee"));
        as(coach).queryParam("sort", "STREAK").queryParam("size", 2).queryParam("page", 2).when().get(dashboard)
                .then().statusCode(200)
                .body("members.total", is(5)).body("members.items.displayName", contains("Test Runner"));
    }

    @Test
    void theSummaryGivesTheShareOfTargetedMembersMeetingTheTargetPerWeek() {
        as(coach).queryParam("weeks", 5).queryParam("groupId", squad)
                .when().get("/api/v1/clubs/" + club + "/adherence/summary")
                .then().statusCode(200)
                .body("weeks.week", contains(day(0), day(1), day(2), day(3), day(4)))
                .body("weeks.targetedMembers", contains(3, 3, 3, 3, 0))
                .body("weeks.metMembers", contains(1, 2, 1, 2, 0))
                .body("weeks[1].share", is(2 / 3f))
                .body("weeks[4].share", nullValue());
    }

    @Test
    void aMemberSeesTheirOwnAdherencePerAssignmentAndNobodyElses() {
        fixture.assignment(club, null, bob, "post-run-cooldown", monday.minusWeeks(1), null, 1, MONDAY);
        as(ada.accessToken()).queryParam("weeks", 4).when().get("/api/v1/me/adherence")
                .then().statusCode(200)
                .body("total", is(1))
                .body("items[0].clubId", is((int) club))
                .body("items[0].clubName", is("Riverside"))
                .body("items[0].routine", is(ROUTINE))
                .body("items[0].weeklyTarget", is(3))
                .body("items[0].streakWeeks", is(1))
                .body("items[0].weeks.sessions", contains(0, 3, 1, 3))
                .body("items[0].weeks.status", contains("IN_PROGRESS", "MET", "PARTLY", "MET"));
        as(register().accessToken()).when().get("/api/v1/me/adherence")
                .then().statusCode(200).body("total", is(0));
    }

    private String day(int weeksAgo) {
        return monday.minusWeeks(weeksAgo).toString();
    }
}
