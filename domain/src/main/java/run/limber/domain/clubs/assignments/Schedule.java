package run.limber.domain.clubs.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.sessions.SessionContext;

/**
 * When an assignment is done, and how often a week meets it: what a coach may change without re-pinning the routine.
 *
 * @param endsOn       the last day, or null for no end
 * @param weeklyTarget null for one per training day
 */
public record Schedule(List<DayOfWeek> days, SessionContext context, LocalDate startsOn, LocalDate endsOn,
                       Integer weeklyTarget) {

    public Schedule {
        days = days == null ? null : days.stream().sorted().toList();
    }

    /** The weekly target as asked, or one session per training day. */
    public int target() {
        return weeklyTarget != null ? weeklyTarget : days.size();
    }
}
