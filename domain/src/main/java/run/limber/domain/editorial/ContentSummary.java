package run.limber.domain.editorial;

import java.time.Instant;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.ItemStatus;

/**
 * An item in an editors' list.
 *
 * @param revision          the number of the working copy's revision
 * @param publishedRevision the revision runners see, or null
 */
public record ContentSummary(String slug, String title, ItemStatus status, int revision, Integer publishedRevision,
                             Instant scheduledAt, Instant updatedAt) {

    static ContentSummary of(ContentItem item) {
        return new ContentSummary(item.slug(), item.title(), item.status(), item.workingCopy().number(),
                item.published().map(ContentRevision::number).orElse(null), item.scheduledAt().orElse(null),
                item.updatedAt());
    }
}
