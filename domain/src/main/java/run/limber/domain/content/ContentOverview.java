package run.limber.domain.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Every content item with the revision editors work on and what is published, for editors. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentOverview {

    private final ContentRepository repository;

    ContentOverview(ContentRepository repository) {
        this.repository = repository;
    }

    public List<ContentRow> rows() {
        return repository.allWithWorkingCopies().stream().map(ContentOverview::row).toList();
    }

    private static ContentRow row(ContentItem item) {
        ContentRevision working = item.workingCopy();
        Integer published = item.published().map(ContentRevision::number).orElse(null);
        return new ContentRow(item.kind(), item.slug(), item.title(), working.number(), working.status(), published,
                item.updatedAt());
    }
}
