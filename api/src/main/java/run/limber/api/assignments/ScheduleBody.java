package run.limber.api.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.clubs.assignments.Schedule;
import run.limber.domain.sessions.SessionContext;

/** What a coach may change of an assignment without moving it to another routine version; all of it is replaced. */
public record ScheduleBody(List<DayOfWeek> days, SessionContext context, LocalDate startsOn, LocalDate endsOn,
                           Integer weeklyTarget) {

    Schedule toSchedule() {
        return new Schedule(days, context, startsOn, endsOn, weeklyTarget);
    }
}
