package run.limber.domain.clubs.adherence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The week arithmetic of adherence, on plain dates so it is tested without a clock or a database. */
final class AdherenceWeeks {

    /**
     * How far back a streak can reach, the current week included: half a year keeps a whole club's CSV or its sort by
     * streak within seconds (bench/clubs.sh); a streak of 26 reads "26 or more".
     */
    static final int STREAK_WEEKS = 26;

    private AdherenceWeeks() {
    }

    /**
     * {@code count} weeks from {@code thisWeek} back, newest first.
     *
     * @param sessions    counting sessions per week, keyed by Monday; weeks without any are absent
     * @param assignments every assignment targeting the member, whatever its dates
     * @param joinedOn    the day the member joined: nothing is asked of them before it
     */
    static List<AdherenceWeek> weeks(LocalDate thisWeek, int count, Map<LocalDate, Integer> sessions,
                                     Collection<Assignment> assignments, LocalDate joinedOn) {
        var weeks = new ArrayList<AdherenceWeek>(count);
        for (int i = 0; i < count; i++) {
            LocalDate monday = thisWeek.minusWeeks(i);
            int target = 0;
            for (var assignment : assignments) {
                target += assignment.targetIn(monday, joinedOn);
            }
            int done = sessions.getOrDefault(monday, 0);
            weeks.add(new AdherenceWeek(monday, done, target, target == 0 ? null : WeekStatus.of(done, target, i == 0)));
        }
        return weeks;
    }

    /**
     * Consecutive weeks met, ending with the last completed week; the current week adds one once it is met, and is
     * never held against anyone while it lasts. Weeks that asked for nothing neither break nor extend a streak.
     *
     * @param weeks newest (the current week) first; only the first {@link #STREAK_WEEKS} are looked at
     */
    static int streak(List<AdherenceWeek> all) {
        var weeks = all.subList(0, Math.min(all.size(), STREAK_WEEKS));
        int streak = !weeks.isEmpty() && weeks.getFirst().status() == WeekStatus.MET ? 1 : 0;
        for (var week : weeks.subList(Math.min(1, weeks.size()), weeks.size())) {
            if (week.status() == null) {
                continue;
            }
            if (week.status() != WeekStatus.MET) {
                break;
            }
            streak++;
        }
        return streak;
    }
}
