package run.limber.api.adherence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static run.limber.domain.clubs.adherence.AdherenceFixture.thisMonday;
import static run.limber.testing.TestAccounts.as;
import static run.limber.testing.TestAccounts.register;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import run.limber.domain.clubs.adherence.AdherenceFixture;

/**
 * Members' weeks are kept once judged (club_member_week): after every kind of write that changes a week, only the
 * members it concerns are judged again, and what the summary answers from kept weeks equals what it computes with
 * nothing kept.
 */
@QuarkusTest
class KeptWeeksTest {

    static final String ROUTINE = "ten-minute-mobility";
    static final int WEEKS = 4;
    /** The coach, Ada, Bob and Cy. */
    static final int MEMBERS = 4;

    @Inject
    EntityManager entities;

    @Inject
    DataSource data;

    AdherenceFixture fixture;
    LocalDate monday;
    long club;
    long squad;
    long squadAssignment;
    String coach;
    long ada;
    long bob;
    long cy;

    /**
     * Ada and Bob are in the squad, assigned Monday, Wednesday and Friday, three a week, for all four weeks; Cy is in
     * no group; the coach has nothing assigned. Bob met every week; Ada met weeks 1 and 3 ago, did one session two
     * weeks ago and none this week. Newest first: targeted 2, 2, 2, 2; met 1, 2, 1, 2.
     */
    @BeforeEach
    void club() {
        fixture = new AdherenceFixture(entities);
        monday = thisMonday();
        club = fixture.club("Summary Harriers", "UTC");
        var coachAccount = register();
        coach = coachAccount.accessToken();
        fixture.join(club, coachAccount.id(), "COACH", false);
        ada = member("Ada");
        bob = member("Bob");
        cy = member("Cy");
        squad = fixture.group(club, "Squad", ada, bob);
        squadAssignment = fixture.assignment(club, squad, null, ROUTINE, monday.minusWeeks(3), null, 3,
                MONDAY, WEDNESDAY, FRIDAY);
        for (int week = 0; week < WEEKS; week++) {
            fixture.sessions(bob, ROUTINE, monday.minusWeeks(week), 3);
        }
        fixture.sessions(ada, ROUTINE, monday.minusWeeks(1), 3);
        fixture.sessions(ada, ROUTINE, monday.minusWeeks(2), 1);
        fixture.sessions(ada, ROUTINE, monday.minusWeeks(3), 3);
    }

    @Test
    void aReadKeepsEveryMembersWeeksAndLaterReadsAnswerFromThem() {
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2));
        fixture.tamperWithKeptWeek(club, bob, monday.minusWeeks(1), 0);
        assertEquals(List.of(List.of(2, 2, 2, 2), List.of(1, 1, 1, 2)), summary(), "the kept week is what is read");

        fixture.sessions(cy, ROUTINE, monday.minusWeeks(1).plusDays(2), 1);
        assertEquals(0, fixture.keptWeeks(club, cy), "a session deletes its member's kept weeks");
        assertEquals((MEMBERS - 1) * WEEKS, fixture.keptWeeks(club), "and no one else's");
        assertEquals(List.of(List.of(2, 2, 2, 2), List.of(1, 1, 1, 2)), summary(), "Bob's kept week is still read");
    }

    @Test
    void aSessionLoggedOrDeletedMakesOnlyItsMembersWeeksStale() {
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2));
        var first = fixture.session(ada, ROUTINE, monday.minusWeeks(2).plusDays(2).atTime(7, 0).toInstant(ZoneOffset.UTC));
        fixture.session(ada, ROUTINE, monday.minusWeeks(2).plusDays(4).atTime(7, 0).toInstant(ZoneOffset.UTC));
        assertEquals(0, fixture.keptWeeks(club, ada));
        assertEquals((MEMBERS - 1) * WEEKS, fixture.keptWeeks(club));
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 2, 2));

        fixture.deleteSession(first);
        assertEquals((MEMBERS - 1) * WEEKS, fixture.keptWeeks(club));
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2));
    }

    @Test
    void anAssignmentAddedEndedOrRescheduledMakesTheClubsWeeksStale() {
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2));
        long cysOwn = fixture.assignment(club, null, cy, "hip-flow", monday.minusWeeks(1), null, 1, MONDAY);
        assertEquals(0, fixture.keptWeeks(club));
        assertKeptEqualsLive(List.of(3, 3, 2, 2), List.of(1, 2, 1, 2));

        fixture.endAssignment(cysOwn, monday.minusDays(1));
        assertEquals(0, fixture.keptWeeks(club));
        assertKeptEqualsLive(List.of(2, 3, 2, 2), List.of(1, 2, 1, 2));

        fixture.reschedule(squadAssignment, 1, MONDAY);
        assertEquals(0, fixture.keptWeeks(club));
        assertKeptEqualsLive(List.of(2, 3, 2, 2), List.of(1, 2, 2, 2));
    }

    @Test
    void joiningAGroupMakesThatMembersWeeksStaleAndLeavingTakesThemAway() {
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2));
        fixture.addToGroup(club, squad, cy);
        assertEquals(0, fixture.keptWeeks(club, cy));
        assertEquals((MEMBERS - 1) * WEEKS, fixture.keptWeeks(club));
        assertKeptEqualsLive(List.of(3, 3, 3, 3), List.of(1, 2, 1, 2));

        fixture.leave(club, bob);
        assertEquals(0, fixture.keptWeeks(club, bob), "nothing of a member who left stays");
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(0, 1, 0, 1));
    }

    @Test
    void aMembersNewTimeZoneMakesTheirWeeksStale() {
        // Sunday 20:00 UTC, ending three weeks ago; Monday 10:00 two weeks ago in Kiritimati (UTC+14)
        var lateSunday = monday.minusWeeks(2).minusDays(1).atTime(20, 0).toInstant(ZoneOffset.UTC);
        fixture.session(ada, ROUTINE, lateSunday);
        fixture.session(ada, ROUTINE, lateSunday.plusSeconds(60));
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2));

        fixture.timeZone(ada, "Pacific/Kiritimati");
        assertEquals(0, fixture.keptWeeks(club, ada));
        assertEquals((MEMBERS - 1) * WEEKS, fixture.keptWeeks(club));
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 2, 2));
    }

    @Test
    void parallelFirstReadsAllAnswerTheSameAndKeepEachWeekOnce() throws Exception {
        var start = new CountDownLatch(1);
        var reads = new ArrayList<CompletableFuture<List<List<Integer>>>>();
        for (int i = 0; i < 4; i++) {
            reads.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return summary();
            }));
        }
        start.countDown();
        for (var read : reads) {
            assertEquals(List.of(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2)), read.get());
        }
        assertEquals(MEMBERS * WEEKS, fixture.keptWeeks(club));
    }

    @Test
    void sessionsLoggedWhileReadsRunAreNeverLost() throws Exception {
        var start = new CountDownLatch(1);
        var work = new ArrayList<CompletableFuture<?>>();
        for (int i = 0; i < 3; i++) {
            int minute = i;
            work.add(CompletableFuture.runAsync(() -> {
                await(start);
                summary();
            }));
            work.add(CompletableFuture.runAsync(() -> {
                await(start);
                fixture.session(ada, ROUTINE, monday.atTime(6, minute).toInstant(ZoneOffset.UTC));
            }));
        }
        start.countDown();
        for (var each : work) {
            each.get();
        }
        assertEquals(List.of(List.of(2, 2, 2, 2), List.of(2, 2, 1, 2)), summary(), "Ada's three sessions count");
        fixture.forgetKept(club);
        assertEquals(List.of(List.of(2, 2, 2, 2), List.of(2, 2, 1, 2)), summary());
    }

    /**
     * A read judges Ada while a session of hers is being logged and not yet committed: its insert waits for that
     * transaction, sees her version moved on, and keeps nothing of her; the next read counts the session.
     */
    @Test
    void weeksJudgedWhileAWriterIsBusyAreNotKept() throws Exception {
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(1, 2, 1, 2));
        fixture.deleteSession(fixture.session(ada, ROUTINE, monday.minusWeeks(3).atTime(5, 0).toInstant(ZoneOffset.UTC)));
        try (var writer = data.getConnection()) {
            writer.setAutoCommit(false);
            try (var insert = writer.prepareStatement("""
                    insert into training_session (id, account_id, routine_slug, context, started_at, duration_seconds,
                                                  created_at)
                    select gen_random_uuid(), ?, ?, 'BEFORE_RUN', now() - interval '1 minute' * n, 600, now()
                    from generate_series(1, 3) n""")) {
                insert.setLong(1, ada);
                insert.setString(2, ROUTINE);
                insert.executeUpdate();
            }
            var read = CompletableFuture.supplyAsync(this::summary);
            awaitALockWait();
            writer.commit();
            read.get();
        }
        assertEquals(0, fixture.keptWeeks(club, ada), "nothing judged before the commit is kept");
        assertKeptEqualsLive(List.of(2, 2, 2, 2), List.of(2, 2, 1, 2));
    }

    private void awaitALockWait() throws Exception {
        for (int i = 0; i < 100; i++) {
            try (var watcher = data.getConnection(); var waiting = watcher.createStatement().executeQuery("""
                    select count(*) from pg_stat_activity
                    where wait_event_type = 'Lock' and datname = current_database()""")) {
                waiting.next();
                if (waiting.getInt(1) > 0) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the read never waited for the writer");
    }

    @Test
    void rankingByKeptWeeksEqualsRankingByJudgedOnes() {
        fixture.sessions(cy, ROUTINE, monday, 1);
        for (var sort : List.of("BEHIND", "STREAK")) {
            fixture.forgetKept(club);
            var judged = ranking(sort).getList("members.items");
            assertEquals(judged, ranking(sort).getList("members.items"), sort + " from kept weeks");
        }
        assertEquals(List.of(ada, bob), ranking("BEHIND").getList("members.items.accountId", Long.class)
                .subList(0, 2), "Ada misses three sessions this week, Bob none");
        assertEquals(List.of(bob, ada), ranking("STREAK").getList("members.items.accountId", Long.class)
                .subList(0, 2));
        assertEquals(List.of(4, 1), ranking("STREAK").getList("members.items.streakWeeks", Integer.class)
                .subList(0, 2), "Bob met all four weeks, Ada last week only");
    }

    private io.restassured.path.json.JsonPath ranking(String sort) {
        return as(coach).queryParam("weeks", WEEKS).queryParam("sort", sort)
                .when().get("/api/v1/clubs/" + club + "/adherence")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aGroupsReadKeepsItsMembersWeeksForTheWholeClubsToo() {
        as(coach).queryParam("weeks", WEEKS).queryParam("groupId", squad)
                .when().get("/api/v1/clubs/" + club + "/adherence/summary").then().statusCode(200);
        assertEquals(2 * WEEKS, fixture.keptWeeks(club), "Ada's and Bob's");
        fixture.assignment(club, null, cy, "hip-flow", monday.minusWeeks(1), null, 1, MONDAY);
        assertKeptEqualsLive(List.of(3, 3, 2, 2), List.of(1, 2, 1, 2));
        var group = as(coach).queryParam("weeks", WEEKS).queryParam("groupId", squad)
                .when().get("/api/v1/clubs/" + club + "/adherence/summary")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(2, 2, 2, 2), group.getList("weeks.targetedMembers"));
        assertEquals(List.of(1, 2, 1, 2), group.getList("weeks.metMembers"));
    }

    /** What the summary answers now, then with nothing kept: the same, and the figures expected, newest first. */
    private void assertKeptEqualsLive(List<Integer> targeted, List<Integer> met) {
        var kept = summary();
        assertEquals(fixture.members(club) * WEEKS, fixture.keptWeeks(club), "every member's week read is kept");
        fixture.forgetKept(club);
        var live = summary();
        assertEquals(live, kept, "kept weeks equal the live computation");
        assertEquals(List.of(targeted, met), kept);
    }

    private List<List<Integer>> summary() {
        var body = as(coach).queryParam("weeks", WEEKS)
                .when().get("/api/v1/clubs/" + club + "/adherence/summary")
                .then().statusCode(200).extract().jsonPath();
        return List.of(body.getList("weeks.targetedMembers", Integer.class),
                body.getList("weeks.metMembers", Integer.class));
    }

    private long member(String name) {
        long id = fixture.account(name, "UTC");
        fixture.join(club, id, "MEMBER", false);
        return id;
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
