package run.limber.domain.drills;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.PublishedCache;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** The published drill library, as every visitor may read it. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DrillCatalog {

    private final ContentRepository content;
    private final ContentCodec codec;

    DrillCatalog(ContentRepository content, ContentCodec codec) {
        this.content = content;
        this.codec = codec;
    }

    /**
     * Published drills in library order. The published library is small (tens of drills), so it is
     * read whole, cached, and filtered here rather than by JSON predicates in SQL.
     */
    public Page<PublishedDrill> list(DrillFilter filter, PageRequest page) {
        return Page.slice(all().stream().filter(drill -> filter.matches(drill.content())).toList(), page);
    }

    @CacheResult(cacheName = PublishedCache.DRILLS)
    public List<PublishedDrill> all() {
        return content.published(ContentKind.DRILL).stream().map(this::toDrill).toList();
    }

    public PublishedDrill get(String slug) {
        return all().stream().filter(drill -> drill.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NoSuchEntryException("drill", slug));
    }

    private PublishedDrill toDrill(ContentRevision revision) {
        return new PublishedDrill(codec.read(revision.body(), DrillContent.class), revision.number(), revision.publishedAt());
    }
}
