package run.limber.api.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.clubs.assignments.MyAssignment;
import run.limber.domain.sessions.SessionContext;

/** An assignment of mine: play it with GET .../routine, and log its sessions naming {@code assignment: id}. */
public record MyAssignmentBody(long id, long clubId, String clubName, String routine, String routineName,
                               int routineRevision, List<DayOfWeek> days, SessionContext context, LocalDate startsOn,
                               LocalDate endsOn, int weeklyTarget) {

    static MyAssignmentBody of(MyAssignment a) {
        return new MyAssignmentBody(a.id(), a.clubId(), a.clubName(), a.routine(), a.routineName(),
                a.routineRevision(), a.days(), a.context(), a.startsOn(), a.endsOn(), a.weeklyTarget());
    }
}
