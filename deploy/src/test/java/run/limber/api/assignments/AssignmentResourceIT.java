package run.limber.api.assignments;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import run.limber.api.clubs.ClubPeople;

/**
 * Assignments, the member's session and the coach's adherence against the packaged jar; and the Monday digest job,
 * which runs there on its schedule ({@code LIMBER_COACH_DIGEST_EVERY}, set short for these tests).
 */
@QuarkusIntegrationTest
class AssignmentResourceIT extends AssignmentJourneyTest {

    /** The job starts a minute after the app and then runs every 10 seconds; the app may have just started. */
    private static final Duration PATIENCE = Duration.ofSeconds(100);

    /**
     * A club that has an assignment is due for its digest of last week from Monday 07:00 where it is, which is now for
     * a club made today: the job claims that week in {@code club_digest} (the claim sends the mails, none here, since
     * nobody was asked for anything last week). Read straight from the database: nothing over HTTP shows a claim.
     */
    @Test
    void theDigestJobClaimsANewClubsLastWeekWithoutWaitingForMonday() throws Exception {
        // Before 07:00 on a Monday in UTC, a zone where that Monday morning has passed.
        var utc = ZonedDateTime.now(ZoneOffset.UTC);
        var zone = ZoneId.of(utc.getDayOfWeek() == DayOfWeek.MONDAY && utc.getHour() < 7 ? "Pacific/Kiritimati" : "UTC");
        var coach = ClubPeople.person();
        var club = ClubPeople.clubOf(coach, zone.getId());
        LocalDate today = LocalDate.now(zone);
        coach.given().body(Map.of("routine", ROUTINE, "memberId", coach.id(), "days", List.of("MONDAY"),
                        "context", "REST_DAY", "startsOn", today.toString()))
                .when().post(club.path() + "/assignments").then().statusCode(201);
        LocalDate lastWeek = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);

        Instant deadline = Instant.now().plus(PATIENCE);
        while (!claimed(club.id(), lastWeek) && Instant.now().isBefore(deadline)) {
            Thread.sleep(1000);
        }
        assertTrue(claimed(club.id(), lastWeek), "no digest claimed for club " + club.id() + " and " + lastWeek);
    }

    private static boolean claimed(long club, LocalDate week) throws SQLException {
        var config = ConfigProvider.getConfig();
        try (var connection = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class), null);
             var query = connection.prepareStatement("select 1 from club_digest where club_id = ? and week = ?")) {
            query.setLong(1, club);
            query.setObject(2, week);
            try (var found = query.executeQuery()) {
                return found.next();
            }
        }
    }
}
