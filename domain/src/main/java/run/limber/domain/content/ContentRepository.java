package run.limber.domain.content;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** Reads and stores content items; the published reads are what runners see. */
@ApplicationScoped
public class ContentRepository implements PanacheRepository<ContentItem> {

    /** Items with the revisions editors and runners see, fetched in the same query. */
    private static final String WITH_OPEN_AND_PUBLISHED =
            "select i from ContentItem i left join fetch i.state.working left join fetch i.state.published";

    public Optional<ContentItem> find(ContentKind kind, String slug) {
        return find("kind = ?1 and slug = ?2", kind, slug).firstResultOptional();
    }

    /** The item, locked until the transaction ends, so concurrent writers take turns and see each other's version. */
    public Optional<ContentItem> findForUpdate(ContentKind kind, String slug) {
        return find("kind = ?1 and slug = ?2", kind, slug).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The published revision of every item of a kind, oldest item first, in one query. */
    public List<ContentRevision> published(ContentKind kind) {
        return getEntityManager()
                .createQuery("select r from ContentItem i join i.state.published r join fetch r.item"
                        + " where i.kind = :kind order by i.id", ContentRevision.class)
                .setParameter("kind", kind)
                .getResultList();
    }

    /** The slugs of a kind's published items, without reading any revision. */
    public Set<String> publishedSlugs(ContentKind kind) {
        return Set.copyOf(getEntityManager()
                .createQuery("select i.slug from ContentItem i where i.kind = :kind"
                        + " and i.state.published is not null", String.class)
                .setParameter("kind", kind)
                .getResultList());
    }

    /** Every item with the revisions editors and runners see, for the editors' overview, in one query. */
    public List<ContentItem> allWithWorkingCopies() {
        return getEntityManager()
                .createQuery(WITH_OPEN_AND_PUBLISHED + " order by i.kind, i.title, i.id", ContentItem.class)
                .getResultList();
    }

    /** The items of any kind with one of these slugs, with the revisions editors and runners see, in one query. */
    public List<ContentItem> withWorkingCopies(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery(WITH_OPEN_AND_PUBLISHED + " where i.slug in :slugs", ContentItem.class)
                .setParameter("slugs", slugs)
                .getResultList();
    }

    /** One page of a kind's items by title, optionally of one status, filtered and paged in SQL. */
    public Page<ContentItem> page(ContentKind kind, Optional<ItemStatus> status, PageRequest page) {
        String where = " where i.kind = :kind" + (status.isPresent() ? " and i.state.status = :status" : "");
        var items = getEntityManager()
                .createQuery(WITH_OPEN_AND_PUBLISHED + where + " order by i.title, i.id", ContentItem.class)
                .setParameter("kind", kind);
        var count = getEntityManager().createQuery("select count(i) from ContentItem i" + where, Long.class)
                .setParameter("kind", kind);
        status.ifPresent(s -> {
            items.setParameter("status", s);
            count.setParameter("status", s);
        });
        var rows = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, page.page(), page.size(), count.getSingleResult());
    }

    /**
     * Ids of items whose scheduled publication is due, locked for this transaction. Rows another
     * transaction (on any app instance) holds are skipped, so each is published exactly once.
     */
    @SuppressWarnings("unchecked")
    public List<Long> lockDueForPublishing(Instant now, int limit) {
        return getEntityManager()
                .createNativeQuery("select id from content_item where scheduled_at <= ?1 order by scheduled_at"
                        + " limit ?2 for update skip locked", Long.class)
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
    }
}
