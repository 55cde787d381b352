package run.limber.domain.clubs.demo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.demoToken;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.testing.AtOnce;
import run.limber.testing.TestAccounts;

/** Tests run in demo mode, so the demo club was made when Quarkus started; starting again makes nothing more. */
@QuarkusTest
class DemoClubTest {

    @Inject
    DemoClub demo;

    @Inject
    EntityManager entities;

    @Test
    void theCoachOwnsRiversideRunnersWithTheRunnerAndThirtyMembersInTwoGroups() {
        long club = club();

        assertEquals(32L, count("select count(*) from club_member where club_id = ?1", club));
        assertEquals(DemoAccounts.COACH, single("""
                select a.email from club_member m join account a on a.id = m.account_id
                where m.club_id = ?1 and m.role = 'OWNER'""", club));
        assertEquals("Marathon group", single("""
                select g.name from club_assignment a join club_group g on g.id = a.group_id
                where a.club_id = ?1 and a.routine_slug = 'ten-minute-mobility' and a.context = 'BEFORE_RUN'
                  and a.days = cast(array[1, 3, 5] as smallint[])""", club));
        assertEquals(2L, count("select count(*) from club_group where club_id = ?1", club));
        // a demo-only member signs in with the demo password, like the other demo accounts
        TestAccounts.signIn(DemoMembers.email(7), DemoAccounts.PASSWORD);
        // the fixed join code the README names is one the join page reads
        as(TestAccounts.register().accessToken()).when().get("/api/v1/clubs/join/" + DemoClub.JOIN_CODE)
                .then().statusCode(200).body("clubName", is(DemoClub.NAME)).body("coaches", contains("Casey Coach"));
    }

    @Test
    void theCoachsDashboardShowsEveryStatusOnTheFirstStart() {
        List<String> statuses = as(demoToken(DemoAccounts.COACH))
                .when().get("/api/v1/clubs/" + club() + "/adherence?weeks=5&size=100")
                .then().statusCode(200).extract().jsonPath().getList("members.items.weeks.flatten().status");

        assertThat(statuses, hasItems("MET", "PARTLY", "MISSED", "IN_PROGRESS"));
    }

    @Test
    void startingAgainOnTwoInstancesAtOnceMakesNothingMore() {
        long sessions = count("select count(*) from training_session where assignment_id in"
                + " (select id from club_assignment where club_id = ?1)", club());

        assertEquals(List.of(false, false), AtOnce.run(2, i -> demo.seedOnce()));

        assertEquals(1L, count("select count(*) from club where join_code = ?1", DemoClub.JOIN_CODE));
        assertEquals(sessions, count("select count(*) from training_session where assignment_id in"
                + " (select id from club_assignment where club_id = ?1)", club()));
    }

    private long club() {
        return ((Number) entities.createNativeQuery("select id from club where join_code = ?1")
                .setParameter(1, DemoClub.JOIN_CODE).getSingleResult()).longValue();
    }

    private long count(String sql, Object parameter) {
        return ((Number) entities.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).longValue();
    }

    private String single(String sql, Object parameter) {
        return (String) entities.createNativeQuery(sql).setParameter(1, parameter).getSingleResult();
    }
}
