package run.limber.domain.content;

import java.time.Instant;

/**
 * An item as editors' lists show it: the editors' list of a kind, the content overview and the review queue.
 *
 * @param revision          the number of the working copy's revision: the open draft, else the published one
 * @param author            who wrote that revision (their email)
 * @param authorId          their account id, for asking who may approve it; null for the system
 * @param publishedRevision the revision runners see, or null
 * @param version           the item's version, for the next write's expected version
 */
public record ContentSummary(ContentKind kind, String slug, String title, ItemStatus status, int revision,
                             String author, Long authorId, Integer publishedRevision, Instant scheduledAt,
                             Instant updatedAt, long version) {

    public static ContentSummary of(ContentItem item) {
        var working = item.workingCopy();
        return new ContentSummary(item.kind(), item.slug(), item.title(), item.status(), working.number(),
                working.author(), working.authorId(), item.published().map(ContentRevision::number).orElse(null),
                item.scheduledAt().orElse(null), item.updatedAt(), item.version());
    }
}
