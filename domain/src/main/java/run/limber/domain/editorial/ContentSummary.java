package run.limber.domain.editorial;

import java.time.Instant;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.ItemStatus;

/**
 * An item in an editors' list.
 *
 * @param revision          the number of the working copy's revision
 * @param author            who wrote that revision (their email)
 * @param publishedRevision the revision runners see, or null
 * @param version           the item's version, for the next write's expected version
 */
public record ContentSummary(String slug, String title, ItemStatus status, int revision, String author,
                             Integer publishedRevision, Instant scheduledAt, Instant updatedAt, long version) {

    static ContentSummary of(ContentItem item) {
        var working = item.workingCopy();
        return new ContentSummary(item.slug(), item.title(), item.status(), working.number(), working.author(),
                item.published().map(ContentRevision::number).orElse(null), item.scheduledAt().orElse(null),
                item.updatedAt(), item.version());
    }
}
