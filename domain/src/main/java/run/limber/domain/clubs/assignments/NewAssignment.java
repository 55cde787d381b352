package run.limber.domain.clubs.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.sessions.SessionContext;

/**
 * An assignment as a coach asks for it. Nothing is checked here: {@link AssignmentRules} reports every problem at once.
 *
 * @param routine      the slug of a published routine
 * @param groupId      the group it is for, or null when it is for one member
 * @param memberId     the member (account id) it is for, or null when it is for a group
 * @param days         the training days, each once
 * @param endsOn       the last day, or null for no end
 * @param weeklyTarget sessions a week that meet it; null for one per training day
 */
public record NewAssignment(String routine, Long groupId, Long memberId, List<DayOfWeek> days, SessionContext context,
                            LocalDate startsOn, LocalDate endsOn, Integer weeklyTarget) {

    /** What may change without re-pinning the routine. */
    public Schedule schedule() {
        return new Schedule(days, context, startsOn, endsOn, weeklyTarget);
    }
}
