package run.limber.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import run.limber.domain.content.Timing;

/**
 * One club assignment as a calendar shows it: its own recurring event on the assigned days.
 *
 * @param id     the assignment's id, which keeps its event's identity from one poll to the next
 * @param endsOn the last day, or null
 */
public record AssignedTraining(long id, String clubName, String routine, String routineName, Set<DayOfWeek> days,
                               Timing context, LocalDate startsOn, LocalDate endsOn) {

    public AssignedTraining {
        days = Set.copyOf(days);
    }
}
