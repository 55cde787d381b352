package run.limber.domain.clubs.adherence;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdherenceWeeksTest {

    private static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);
    /** Monday, Wednesday and Friday, three a week, open-ended. */
    private static final Assignment MWF = assignment(LocalDate.of(2026, 1, 5), null, 3);

    @Test
    void aStartInMidWeekAsksOnlyForTheDaysLeft() {
        var fromThursday = assignment(LocalDate.of(2026, 12, 3), null, 3);
        assertEquals(1, fromThursday.targetIn(LocalDate.of(2026, 11, 30), LONG_AGO), "only Friday is left");
        assertEquals(3, fromThursday.targetIn(LocalDate.of(2026, 12, 7), LONG_AGO));
        var endingTuesday = assignment(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 8), 3);
        assertEquals(1, endingTuesday.targetIn(LocalDate.of(2026, 12, 7), LONG_AGO), "only Monday is inside");
        assertEquals(0, endingTuesday.targetIn(LocalDate.of(2026, 12, 14), LONG_AGO));
    }

    @Test
    void theWeeklyTargetCapsTheDaysAndNothingIsAskedBeforeTheMemberJoined() {
        var twoOfThree = assignment(LocalDate.of(2026, 1, 5), null, 2);
        assertEquals(2, twoOfThree.targetIn(LocalDate.of(2026, 11, 30), LONG_AGO));
        assertEquals(1, twoOfThree.targetIn(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3)));
    }

    @Test
    void isoWeek53IsAWeekLikeAnyOther() {
        // 2026 has 53 ISO weeks: Monday 28 December 2026 starts week 53, which ends on Sunday 3 January 2027.
        var week53 = LocalDate.of(2026, 12, 28);
        var weeks = AdherenceWeeks.weeks(LocalDate.of(2027, 1, 4), 3, Map.of(week53, 3), List.of(MWF), LONG_AGO);
        assertEquals(List.of(LocalDate.of(2027, 1, 4), week53, LocalDate.of(2026, 12, 21)),
                weeks.stream().map(AdherenceWeek::week).toList());
        assertEquals(new AdherenceWeek(week53, 3, 3, WeekStatus.MET), weeks.get(1));
        assertEquals(WeekStatus.MISSED, weeks.get(2).status());
    }

    @Test
    void statusIsMetPartlyMissedOrInProgressAndAbsentWithoutTarget() {
        var thisWeek = LocalDate.of(2026, 11, 30);
        var sessions = Map.of(thisWeek, 1, thisWeek.minusWeeks(1), 2, thisWeek.minusWeeks(2), 4);
        var startsLater = assignment(thisWeek.minusWeeks(2), null, 3);
        var weeks = AdherenceWeeks.weeks(thisWeek, 5, sessions, List.of(startsLater), LONG_AGO);
        assertEquals(WeekStatus.IN_PROGRESS, weeks.get(0).status());
        assertEquals(WeekStatus.PARTLY, weeks.get(1).status());
        assertEquals(WeekStatus.MET, weeks.get(2).status(), "more than asked is met");
        assertEquals(0, weeks.get(3).target());
        assertNull(weeks.get(3).status(), "no target: not missed");
        assertEquals(WeekStatus.MISSED, AdherenceWeeks.weeks(thisWeek.plusWeeks(1), 2, Map.of(), List.of(MWF),
                LONG_AGO).get(1).status());
    }

    @Test
    void targetsOfSeveralAssignmentsAddUp() {
        var other = assignment(LocalDate.of(2026, 1, 5), null, 1);
        var week = AdherenceWeeks.weeks(LocalDate.of(2026, 11, 30), 1, Map.of(), List.of(MWF, other), LONG_AGO);
        assertEquals(4, week.getFirst().target());
    }

    @Test
    void theStreakEndsWithLastWeekSkipsWeeksWithoutTargetAndTakesThisWeekOnceMet() {
        var thisWeek = LocalDate.of(2026, 11, 30);
        var met = List.of(week(thisWeek, 1, 3, WeekStatus.IN_PROGRESS), week(thisWeek.minusWeeks(1), 3, 3, WeekStatus.MET),
                week(thisWeek.minusWeeks(2), 0, 0, null), week(thisWeek.minusWeeks(3), 3, 3, WeekStatus.MET),
                week(thisWeek.minusWeeks(4), 1, 3, WeekStatus.PARTLY), week(thisWeek.minusWeeks(5), 3, 3, WeekStatus.MET));
        assertEquals(2, AdherenceWeeks.streak(met), "this week in progress neither breaks nor extends it");
        var thisWeekMet = new java.util.ArrayList<>(met);
        thisWeekMet.set(0, week(thisWeek, 3, 3, WeekStatus.MET));
        assertEquals(3, AdherenceWeeks.streak(thisWeekMet));
        assertEquals(0, AdherenceWeeks.streak(List.of(week(thisWeek, 0, 0, null),
                week(thisWeek.minusWeeks(1), 0, 3, WeekStatus.MISSED), week(thisWeek.minusWeeks(2), 3, 3, WeekStatus.MET))));
    }

    @Test
    void aStreakReachesBackHalfAYearAtMost() {
        var thisWeek = LocalDate.of(2026, 11, 30);
        var always = new java.util.ArrayList<AdherenceWeek>();
        for (int i = 0; i < 52; i++) {
            always.add(week(thisWeek.minusWeeks(i), 3, 3, WeekStatus.MET));
        }
        assertEquals(AdherenceWeeks.STREAK_WEEKS, AdherenceWeeks.streak(always));
    }

    private static AdherenceWeek week(LocalDate monday, int sessions, int target, WeekStatus status) {
        return new AdherenceWeek(monday, sessions, target, status);
    }

    private static Assignment assignment(LocalDate startsOn, LocalDate endsOn, int weeklyTarget) {
        return new Assignment(1, 1, "ten-minute-mobility", Set.of(MONDAY, WEDNESDAY, FRIDAY), startsOn, endsOn,
                weeklyTarget);
    }
}
