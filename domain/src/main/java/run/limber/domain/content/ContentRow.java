package run.limber.domain.content;

import java.time.Instant;

/**
 * One line of the editors' overview.
 *
 * @param publishedRevision the revision runners see, or null when nothing is published
 */
public record ContentRow(ContentKind kind, String slug, String title, int latestRevision,
                         RevisionStatus latestStatus, Integer publishedRevision, Instant updatedAt) {
}
