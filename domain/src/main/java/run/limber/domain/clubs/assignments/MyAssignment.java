package run.limber.domain.clubs.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.sessions.SessionContext;

/**
 * An assignment as the member it targets sees it, directly or through one of their groups.
 *
 * @param routineRevision the number of the routine revision they play
 */
public record MyAssignment(long id, long clubId, String clubName, String routine, String routineName,
                           int routineRevision, List<DayOfWeek> days, SessionContext context, LocalDate startsOn,
                           LocalDate endsOn, int weeklyTarget) {

    public MyAssignment {
        days = List.copyOf(days);
    }

    /** Whether a session on that day is one the assignment asks for. */
    public boolean asksFor(LocalDate day) {
        return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn)) && days.contains(day.getDayOfWeek());
    }
}
