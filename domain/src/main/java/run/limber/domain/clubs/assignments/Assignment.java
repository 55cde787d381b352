package run.limber.domain.clubs.assignments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import run.limber.domain.sessions.SessionContext;

/**
 * An assignment as its club's coaches see it.
 *
 * @param routineRevision the number of the routine revision it is pinned to
 * @param drills          the drills it is pinned to, by slug
 * @param openNotices     publications since the pin that a coach has neither moved to nor kept
 * @param version         changes with every edit, end and move: the ETag
 */
public record Assignment(long id, long clubId, String routine, int routineRevision, List<PinnedDrill> drills,
                         Long groupId, Long memberId, List<DayOfWeek> days, SessionContext context, LocalDate startsOn,
                         LocalDate endsOn, int weeklyTarget, AssignmentStatus status, int openNotices, long version) {

    public Assignment {
        drills = List.copyOf(drills);
        days = List.copyOf(days);
    }

    /** A drill as pinned: its slug and revision number. */
    public record PinnedDrill(String slug, int revision) {
    }
}
