package run.limber.domain.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Every content item with its latest revision and what is published, for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentOverview {

    private final ContentRepository repository;

    ContentOverview(ContentRepository repository) {
        this.repository = repository;
    }

    public List<ContentRow> rows() {
        return repository.allWithRevisions().stream().map(ContentOverview::row).toList();
    }

    private static ContentRow row(ContentItem item) {
        ContentRevision latest = item.revisions().getLast();
        Integer published = item.published().map(ContentRevision::number).orElse(null);
        Instant updated = latest.publishedAt() != null ? latest.publishedAt() : latest.createdAt();
        return new ContentRow(item.kind(), item.slug(), latest.title(), latest.number(), latest.status(), published, updated);
    }
}
