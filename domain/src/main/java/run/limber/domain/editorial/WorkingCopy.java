package run.limber.domain.editorial;

import java.time.Instant;
import run.limber.domain.content.ItemStatus;

/**
 * What editors open: the open draft if there is one, else the published revision (else the latest).
 *
 * @param version           the item's version; a write must name it, and fails if it has moved on
 * @param publishedRevision the revision runners see, or null
 * @param scheduledAt       when the scheduled revision goes live, or null
 */
public record WorkingCopy<T>(String slug, ItemStatus status, long version, T content, RevisionInfo revision,
                             Integer publishedRevision, Instant scheduledAt, Instant updatedAt) {
}
