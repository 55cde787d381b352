package run.limber.domain.progress;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Map;

/**
 * The week arithmetic behind progress, on plain dates so it is tested without a clock or a database. Club adherence
 * keys its weeks by the same Monday.
 */
public final class IsoWeeks {

    private IsoWeeks() {
    }

    /** The Monday that starts the ISO week of a day. */
    public static LocalDate mondayOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The ISO 8601 name of a week: its week-based year, which may differ from the calendar year, and number. */
    static String name(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /**
     * @param now             this instant; the runner's time zone decides which day, and so which week, it is
     * @param sessionsPerWeek sessions counted per week, keyed by the week's Monday; weeks without sessions are absent
     * @param weeks           how many weeks to list, newest first
     */
    static WeeklyProgress progress(Instant now, ZoneId zone, int goal, Map<LocalDate, Integer> sessionsPerWeek,
                                   int weeks) {
        return progress(LocalDate.ofInstant(now, zone), goal, sessionsPerWeek, weeks);
    }

    /**
     * @param today           the runner's date now, in their time zone
     * @param sessionsPerWeek sessions counted per week, keyed by the week's Monday; weeks without sessions are absent
     * @param weeks           how many weeks to list, newest first
     */
    static WeeklyProgress progress(LocalDate today, int goal, Map<LocalDate, Integer> sessionsPerWeek, int weeks) {
        LocalDate thisWeek = mondayOf(today);
        var listed = new ArrayList<WeekProgress>(weeks);
        for (int i = 0; i < weeks; i++) {
            LocalDate monday = thisWeek.minusWeeks(i);
            int sessions = sessionsPerWeek.getOrDefault(monday, 0);
            listed.add(new WeekProgress(name(monday), monday, sessions, sessions >= goal));
        }
        return new WeeklyProgress(goal, streak(thisWeek, goal, sessionsPerWeek), listed);
    }

    /** A week still in progress never breaks the streak; once it meets the goal, it extends it. */
    static int streak(LocalDate thisWeek, int goal, Map<LocalDate, Integer> sessionsPerWeek) {
        LocalDate week = met(thisWeek, goal, sessionsPerWeek) ? thisWeek : thisWeek.minusWeeks(1);
        int streak = 0;
        while (met(week, goal, sessionsPerWeek)) {
            streak++;
            week = week.minusWeeks(1);
        }
        return streak;
    }

    private static boolean met(LocalDate monday, int goal, Map<LocalDate, Integer> sessionsPerWeek) {
        return sessionsPerWeek.getOrDefault(monday, 0) >= goal;
    }
}
