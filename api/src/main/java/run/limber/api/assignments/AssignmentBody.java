package run.limber.api.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.clubs.assignments.Assignment;
import run.limber.domain.clubs.assignments.AssignmentStatus;
import run.limber.domain.sessions.SessionContext;

/**
 * An assignment as coaches see it: pinned to routine revision {@code routineRevision} and the drill revisions in
 * {@code drills} until a coach moves it. Exactly one of groupId and memberId is set.
 */
public record AssignmentBody(long id, String routine, int routineRevision, List<PinnedDrillBody> drills, Long groupId,
                             Long memberId, List<DayOfWeek> days, SessionContext context, LocalDate startsOn,
                             LocalDate endsOn, int weeklyTarget, AssignmentStatus status, int openNotices) {

    /** A drill as pinned: its slug and revision number. */
    public record PinnedDrillBody(String slug, int revision) {
    }

    static AssignmentBody of(Assignment a) {
        return new AssignmentBody(a.id(), a.routine(), a.routineRevision(),
                a.drills().stream().map(d -> new PinnedDrillBody(d.slug(), d.revision())).toList(), a.groupId(),
                a.memberId(), a.days(), a.context(), a.startsOn(), a.endsOn(), a.weeklyTarget(), a.status(),
                a.openNotices());
    }
}
