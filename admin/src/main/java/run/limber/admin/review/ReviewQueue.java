package run.limber.admin.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import run.limber.admin.content.ContentOverviewView;
import run.limber.admin.editorial.EditorSupport;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.content.ContentSummary;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * The items in review across every kind that the signed-in editor may approve, as the domain decides (with review
 * required, not those whose open revision they wrote themselves); the service checks that rule again on approval.
 */
@ApplicationScoped
class ReviewQueue {

    /** One item waiting for review, with the version it was seen at so a decision never acts on a newer one. */
    record Waiting(EditorialKind<?> editorialKind, String slug, String title, String author, Instant submittedAt,
                   long version) {

        ContentKind kind() {
            return editorialKind.kind();
        }

        String editorPath() {
            return ContentOverviewView.editorPath(kind(), slug);
        }
    }

    private final EditorialService editorial;
    private final EditorSupport support;

    ReviewQueue(EditorSupport support) {
        this.support = support;
        this.editorial = support.editorial();
    }

    List<Waiting> waitingForMe() {
        var waiting = new ArrayList<Waiting>();
        collect(EditorialKind.DRILLS, waiting);
        collect(EditorialKind.ROUTINES, waiting);
        collect(EditorialKind.NOTES, waiting);
        waiting.sort(Comparator.comparing(Waiting::submittedAt));
        return waiting;
    }

    void approve(Waiting item) {
        editorial.publish(item.editorialKind(), item.slug(), OptionalLong.of(item.version()), Optional.empty());
    }

    void requestChanges(Waiting item, String comment) {
        editorial.requestChanges(item.editorialKind(), item.slug(), OptionalLong.of(item.version()), comment);
    }

    /** Every item of a kind in review, page by page, with the author of its open revision from the list itself. */
    private void collect(EditorialKind<?> kind, List<Waiting> into) {
        var page = PageRequest.first(PageRequest.MAX_SIZE);
        Page<ContentSummary> items;
        do {
            items = editorial.list(kind, Optional.of(ItemStatus.IN_REVIEW), page);
            for (ContentSummary summary : items.items()) {
                if (support.mayApprove(summary.authorId())) {
                    into.add(new Waiting(kind, summary.slug(), summary.title(), summary.author(), summary.updatedAt(),
                            summary.version()));
                }
            }
            page = new PageRequest(page.page() + 1, page.size());
        } while ((long) page.offset() < items.total());
    }
}
