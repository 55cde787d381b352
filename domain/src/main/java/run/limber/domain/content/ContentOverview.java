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

    public List<ContentSummary> rows() {
        return repository.allWithWorkingCopies().stream().map(ContentSummary::of).toList();
    }
}
