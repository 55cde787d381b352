package run.limber.domain.sessions;

import java.util.Optional;
import run.limber.domain.routines.PublishedRoutine;

/**
 * The routines a club assigned to the signed-in runner, as the assignment pinned them. Implemented where assignments
 * live, so sessions and the player can name an assignment without depending on clubs.
 */
public interface AssignedRoutines {

    /** The assignment's routine as pinned; empty when no assignment with that id targets the caller. */
    Optional<PublishedRoutine> pinnedFor(long assignmentId);
}
