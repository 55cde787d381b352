package run.limber.domain.content;

import java.time.Instant;

/**
 * One line of the editors' overview.
 *
 * @param workingRevision   the revision editors work on: the open draft, else the published one
 * @param publishedRevision the revision runners see, or null when nothing is published
 */
public record ContentRow(ContentKind kind, String slug, String title, int workingRevision,
                         RevisionStatus workingStatus, Integer publishedRevision, Instant updatedAt) {
}
