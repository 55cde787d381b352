package run.limber.domain.clubs.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import run.limber.domain.calendar.AssignedTraining;
import run.limber.domain.calendar.AssignedTrainings;

/**
 * Puts a member's assignments into their calendar feed. The feed is read by calendar apps holding its secret, not by
 * a signed-in caller, so the account comes from the feed.
 */
@ApplicationScoped
class AssignmentCalendar implements AssignedTrainings {

    private final TargetedAssignments targeted;

    AssignmentCalendar(TargetedAssignments targeted) {
        this.targeted = targeted;
    }

    @Override
    public List<AssignedTraining> of(long accountId, LocalDate from) {
        return targeted.runningBetween(accountId, from, from.plusYears(AssignmentRules.MAX_YEARS_AWAY)).stream()
                .map(a -> new AssignedTraining(a.id(), a.clubName(), a.routine(), a.routineName(),
                        new HashSet<>(a.days()), a.context().timing(), a.startsOn(), a.endsOn()))
                .toList();
    }
}
