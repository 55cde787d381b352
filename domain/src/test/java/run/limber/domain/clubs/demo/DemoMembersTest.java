package run.limber.domain.clubs.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The demo members' sessions give the dashboard every status, and never fall in the future. */
class DemoMembersTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void pastWeeksAreMetPartlyAndMissedAndThisWeekIsMetForSomeAndGoingForOthers() {
        Instant now = MONDAY.plusDays(2).atTime(9, 0).toInstant(ZoneOffset.UTC);
        var pastCounts = new HashSet<Long>();
        var thisWeekCounts = new HashSet<Long>();
        for (int n = 1; n <= DemoMembers.COUNT; n++) {
            var sessions = DemoMembers.sessions(n, MONDAY, now);
            Instant start = MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC);
            sessions.forEach(played -> assertTrue(played.isBefore(now)));
            thisWeekCounts.add(sessions.stream().filter(played -> !played.isBefore(start)).count());
            Instant lastWeek = MONDAY.minusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            pastCounts.add(sessions.stream().filter(p -> !p.isBefore(lastWeek) && p.isBefore(start)).count());
        }
        assertTrue(pastCounts.containsAll(List.of(0L, 2L, 3L)), "missed, partly and met: " + pastCounts);
        assertTrue(thisWeekCounts.contains(3L) && thisWeekCounts.contains(0L), thisWeekCounts.toString());
    }

    @Test
    void onMondayAtMidnightThisWeeksSessionsStillFallInThisWeek() {
        Instant midnight = MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC);
        var sessions = DemoMembers.sessions(3, MONDAY, midnight);
        assertEquals(3L, sessions.stream().filter(played -> !played.isBefore(midnight)).count());
    }

    @Test
    void thirtyDistinctDemoAddressesAndNames() {
        assertEquals(DemoMembers.COUNT, IntStream.rangeClosed(1, DemoMembers.COUNT).mapToObj(DemoMembers::email)
                .distinct().filter(email -> email.endsWith("@demo.limber.run")).count());
        assertEquals(DemoMembers.COUNT, IntStream.rangeClosed(1, DemoMembers.COUNT).mapToObj(DemoMembers::name)
                .distinct().count());
        assertEquals("member01@demo.limber.run", DemoMembers.email(1));
    }
}
