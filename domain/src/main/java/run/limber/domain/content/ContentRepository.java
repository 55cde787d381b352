package run.limber.domain.content;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Reads and stores content items; the published reads are what runners see. */
@ApplicationScoped
public class ContentRepository implements PanacheRepository<ContentItem> {

    public Optional<ContentItem> find(ContentKind kind, String slug) {
        return find("kind = ?1 and slug = ?2", kind, slug).firstResultOptional();
    }

    /** The published revision of every item of a kind, oldest item first, in one query. */
    public List<ContentRevision> published(ContentKind kind) {
        return getEntityManager()
                .createQuery("select r from ContentItem i join i.published r join fetch r.item"
                        + " where i.kind = :kind order by i.id", ContentRevision.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** Every item with all its revisions, for the editors' overview. */
    public List<ContentItem> allWithRevisions() {
        return getEntityManager()
                .createQuery("select distinct i from ContentItem i left join fetch i.revisions"
                        + " left join fetch i.published order by i.kind, i.id", ContentItem.class)
                .getResultList();
    }
}
