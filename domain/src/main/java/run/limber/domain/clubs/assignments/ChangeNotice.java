package run.limber.domain.clubs.assignments;

import java.time.Instant;
import run.limber.domain.content.ContentKind;
import run.limber.domain.editorial.RevisionDiff;

/**
 * A publication that changed a routine or drill an assignment is pinned to, until a coach moves the assignment or
 * keeps it as it is.
 *
 * @param kind            ROUTINE or DRILL
 * @param currentRevision the revision published now, or null when the item was unpublished or archived
 * @param diff            from the pinned revision to the one published now (to nothing when there is none)
 */
public record ChangeNotice(long id, long assignmentId, ContentKind kind, String slug, int pinnedRevision,
                           Integer currentRevision, Instant createdAt, RevisionDiff diff) {
}
