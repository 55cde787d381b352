package run.limber.api.adherence;

import java.util.List;
import run.limber.api.adherence.DashboardBody.WeekBody;
import run.limber.domain.clubs.adherence.AssignmentAdherence;

/**
 * My adherence to one of my clubs' assignments.
 *
 * @param routine the assigned routine's slug
 * @param weeks   newest (the current week, in my time zone) first
 */
public record OwnAdherenceBody(long assignmentId, long clubId, String clubName, String routine, int weeklyTarget,
                               int streakWeeks, List<WeekBody> weeks) {

    static OwnAdherenceBody of(AssignmentAdherence adherence) {
        return new OwnAdherenceBody(adherence.assignmentId(), adherence.clubId(), adherence.clubName(),
                adherence.routine(), adherence.weeklyTarget(), adherence.streakWeeks(),
                adherence.weeks().stream().map(WeekBody::of).toList());
    }
}
