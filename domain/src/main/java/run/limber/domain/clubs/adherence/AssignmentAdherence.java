package run.limber.domain.clubs.adherence;

import java.util.List;

/**
 * A member's own adherence to one assignment.
 *
 * @param routine     the assigned routine's slug
 * @param streakWeeks consecutive weeks met, as coaches count it
 * @param weeks       newest (the current week, in the member's time zone) first
 */
public record AssignmentAdherence(long assignmentId, long clubId, String clubName, String routine, int weeklyTarget,
                                  int streakWeeks, List<AdherenceWeek> weeks) {

    public AssignmentAdherence {
        weeks = List.copyOf(weeks);
    }
}
