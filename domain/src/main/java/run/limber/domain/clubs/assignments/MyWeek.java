package run.limber.domain.clubs.assignments;

import java.time.LocalDate;
import java.util.List;

/**
 * The member's assignments for today and this ISO week, days in their own time zone.
 *
 * @param week  keyed by its Monday
 * @param today the assignments that ask for a session today
 * @param thisWeek every assignment that runs on any day of this week
 */
public record MyWeek(LocalDate week, LocalDate date, List<MyAssignment> today, List<MyAssignment> thisWeek) {

    public MyWeek {
        today = List.copyOf(today);
        thisWeek = List.copyOf(thisWeek);
    }
}
