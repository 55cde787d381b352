package run.limber.api.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.clubs.assignments.NewAssignment;
import run.limber.domain.sessions.SessionContext;

/**
 * A new assignment: a published routine (its slug) for a group or for one member (an account id), never both.
 * weeklyTarget defaults to the number of days.
 */
public record AssignmentRequestBody(String routine, Long groupId, Long memberId, List<DayOfWeek> days,
                                    SessionContext context, LocalDate startsOn, LocalDate endsOn,
                                    Integer weeklyTarget) {

    NewAssignment toNewAssignment() {
        return new NewAssignment(routine, groupId, memberId, days, context, startsOn, endsOn, weeklyTarget);
    }
}
