package run.limber.domain.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IsoWeeksTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @Test
    void weeksAreNamedByTheIsoWeekBasedYear() {
        assertEquals("2026-W48", IsoWeeks.name(LocalDate.of(2026, 11, 25)));
        // 2026 has 53 ISO weeks: its last days belong to week 53 ...
        assertEquals("2026-W53", IsoWeeks.name(LocalDate.of(2026, 12, 31)));
        assertEquals("2026-W53", IsoWeeks.name(LocalDate.of(2027, 1, 3)));
        // ... and week 1 of 2025 started on Monday 30 December 2024.
        assertEquals("2025-W01", IsoWeeks.name(LocalDate.of(2024, 12, 30)));
        assertEquals(LocalDate.of(2024, 12, 30), IsoWeeks.mondayOf(LocalDate.of(2025, 1, 5)));
    }

    @Test
    void theRunnersZoneDecidesWhichWeekItIs() {
        // Monday 03:00 UTC is still Sunday evening in New York, but Monday noon in Tokyo.
        Instant now = Instant.parse("2026-11-30T03:00:00Z");
        Map<LocalDate, Integer> counts = Map.of(LocalDate.of(2026, 11, 23), 2);

        var newYork = IsoWeeks.progress(now, NEW_YORK, 3, counts, 2);
        var tokyo = IsoWeeks.progress(now, TOKYO, 3, counts, 2);

        assertEquals("2026-W48", newYork.thisWeek().week());
        assertEquals(2, newYork.thisWeek().sessions());
        assertEquals("2026-W49", tokyo.thisWeek().week());
        assertEquals(0, tokyo.thisWeek().sessions());
        assertEquals(List.of("2026-W49", "2026-W48"), tokyo.weeks().stream().map(WeekProgress::week).toList());
    }

    @Test
    void listsExactlyTheWeeksAskedForNewestFirstWithEmptyWeeks() {
        var progress = IsoWeeks.progress(LocalDate.of(2027, 1, 6), 2,
                Map.of(LocalDate.of(2026, 12, 21), 4), 4);

        assertEquals(List.of("2027-W01", "2026-W53", "2026-W52", "2026-W51"),
                progress.weeks().stream().map(WeekProgress::week).toList());
        assertEquals(List.of(0, 0, 4, 0), progress.weeks().stream().map(WeekProgress::sessions).toList());
        assertEquals(List.of(false, false, true, false), progress.weeks().stream().map(WeekProgress::goalMet).toList());
    }

    @Test
    void anUnfinishedWeekDoesNotBreakTheStreakAndAMetOneExtendsIt() {
        LocalDate thisWeek = LocalDate.of(2026, 11, 23);
        var history = Map.of(thisWeek.minusWeeks(1), 3, thisWeek.minusWeeks(2), 5, thisWeek.minusWeeks(4), 3);

        assertEquals(2, IsoWeeks.streak(thisWeek, 3, history));
        var withThisWeek = new java.util.HashMap<>(history);
        withThisWeek.put(thisWeek, 3);
        assertEquals(3, IsoWeeks.streak(thisWeek, 3, withThisWeek));
    }

    @Test
    void aMissedWeekEndsTheStreakAndTheCurrentGoalJudgesThePast() {
        LocalDate thisWeek = LocalDate.of(2026, 11, 23);
        var history = Map.of(thisWeek, 1, thisWeek.minusWeeks(2), 3);

        assertEquals(0, IsoWeeks.streak(thisWeek, 3, history));
        assertEquals(1, IsoWeeks.streak(thisWeek, 1, history));
        assertTrue(IsoWeeks.progress(thisWeek, 1, history, 1).thisWeek().goalMet());
        assertFalse(IsoWeeks.progress(thisWeek, 2, history, 1).thisWeek().goalMet());
    }

    @Test
    void theStreakRunsAcrossTheTurnOfTheYear() {
        // Weeks 2026-W52, 2026-W53 and 2027-W01 in a row.
        LocalDate week1 = LocalDate.of(2027, 1, 4);
        var history = Map.of(week1, 3, week1.minusWeeks(1), 3, week1.minusWeeks(2), 4);

        assertEquals(3, IsoWeeks.streak(week1, 3, history));
        assertEquals("2026-W53", IsoWeeks.name(week1.minusWeeks(1)));
    }
}
