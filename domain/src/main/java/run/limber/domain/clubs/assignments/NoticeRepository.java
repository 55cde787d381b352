package run.limber.domain.clubs.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import run.limber.domain.content.ContentKind;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** Change notices in SQL; recording one publication's notices is a single statement however many assignments. */
@ApplicationScoped
class NoticeRepository {

    /** A notice as stored: revision ids, not yet read. */
    record StoredNotice(long id, long assignmentId, ContentKind kind, String slug, long pinnedRevisionId,
                        Long currentRevisionId, Instant createdAt) {
    }

    private final EntityManager entities;

    NoticeRepository(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * One open notice per affected assignment for this publication: assignments not ended by now that are pinned to
     * another revision of the item. An open notice about the same item is brought up to date instead of doubled.
     */
    void record(ContentKind kind, String slug, Optional<Long> current, Instant now) {
        String pinned = kind == ContentKind.ROUTINE ? "a.routine_revision_id"
                : "cast(a.drill_revisions ->> :slug as bigint)";
        String target = kind == ContentKind.ROUTINE ? "a.routine_slug = :slug" : "a.drill_revisions ->> :slug is not null";
        entities.createNativeQuery("""
                        with affected as (
                            select a.id, %1$s as pinned from club_assignment a join club c on c.id = a.club_id
                            where %2$s
                              and (a.ends_on is null or a.ends_on >= cast(cast(:now as timestamptz) at time zone c.time_zone as date))
                              and %1$s is distinct from cast(:current as bigint)
                        ), refreshed as (
                            update club_assignment_notice n set current_revision_id = cast(:current as bigint)
                            from affected
                            where n.assignment_id = affected.id and n.kind = :kind and n.slug = :slug and n.resolved_at is null
                            returning n.assignment_id
                        )
                        insert into club_assignment_notice (assignment_id, kind, slug, pinned_revision_id,
                            current_revision_id, created_at)
                        select id, :kind, :slug, pinned, cast(:current as bigint), :now from affected
                        where id not in (select assignment_id from refreshed)""".formatted(pinned, target))
                .setParameter("kind", kind.name())
                .setParameter("slug", slug)
                .setParameter("current", current.orElse(null))
                .setParameter("now", now)
                .executeUpdate();
    }

    Page<StoredNotice> open(long clubId, PageRequest page) {
        String from = " from club_assignment_notice n join club_assignment a on a.id = n.assignment_id"
                + " where a.club_id = ?1 and n.resolved_at is null";
        List<Object[]> rows = entities.createNativeQuery("select n.id, n.assignment_id, n.kind, n.slug,"
                        + " n.pinned_revision_id, n.current_revision_id, n.created_at" + from
                        + " order by n.created_at, n.id limit ?2 offset ?3", Object[].class)
                .setParameter(1, clubId).setParameter(2, page.size()).setParameter(3, page.offset())
                .getResultList();
        long total = ((Number) entities.createNativeQuery("select count(*)" + from).setParameter(1, clubId)
                .getSingleResult()).longValue();
        var notices = rows.stream().map(row -> new StoredNotice(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ContentKind.valueOf((String) row[2]), (String) row[3],
                ((Number) row[4]).longValue(), row[5] == null ? null : ((Number) row[5]).longValue(),
                (Instant) row[6])).toList();
        return new Page<>(notices, page.page(), page.size(), total);
    }

    /** Resolves the assignment's open notices: it was moved to what is published now. */
    void resolveMoved(long assignmentId, Instant now) {
        entities.createNativeQuery("update club_assignment_notice set resolved_at = ?1, resolution = 'MOVED'"
                        + " where assignment_id = ?2 and resolved_at is null")
                .setParameter(1, now).setParameter(2, assignmentId).executeUpdate();
    }

    /** Keeps the assignment as pinned despite this notice; false when no such notice of the club is open. */
    boolean keep(long clubId, long noticeId, Instant now) {
        return entities.createNativeQuery("""
                        update club_assignment_notice n set resolved_at = ?1, resolution = 'KEPT'
                        from club_assignment a
                        where n.id = ?2 and a.id = n.assignment_id and a.club_id = ?3 and n.resolved_at is null""")
                .setParameter(1, now).setParameter(2, noticeId).setParameter(3, clubId).executeUpdate() == 1;
    }

    boolean exists(long clubId, long noticeId) {
        return !entities.createNativeQuery("select 1 from club_assignment_notice n join club_assignment a"
                        + " on a.id = n.assignment_id where n.id = ?1 and a.club_id = ?2")
                .setParameter(1, noticeId).setParameter(2, clubId).getResultList().isEmpty();
    }
}
