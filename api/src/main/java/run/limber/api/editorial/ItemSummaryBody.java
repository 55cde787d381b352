package run.limber.api.editorial;

import java.time.Instant;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.content.ContentSummary;

/** An item in an editors' list; {@code author} wrote its working revision. */
public record ItemSummaryBody(String slug, String title, ItemStatus status, int revision, String author,
                              Integer publishedRevision, Instant scheduledAt, Instant updatedAt) {

    static ItemSummaryBody of(ContentSummary item) {
        return new ItemSummaryBody(item.slug(), item.title(), item.status(), item.revision(), item.author(),
                item.publishedRevision(), item.scheduledAt(), item.updatedAt());
    }
}
