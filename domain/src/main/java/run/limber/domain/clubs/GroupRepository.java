package run.limber.domain.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import run.limber.domain.shared.PageRequest;

/**
 * Groups and who is in them, in plain SQL: a group is a name and a set of members, and the statements that keep names
 * unique and additions idempotent under concurrency are simplest said directly.
 */
@ApplicationScoped
class GroupRepository {

    private final EntityManager entities;

    GroupRepository(EntityManager entities) {
        this.entities = entities;
    }

    /** The new group's id, or empty when the club has a group of that name (in any case) already. */
    Optional<Long> insert(long clubId, String name, Instant now) {
        return entities.createNativeQuery("""
                        insert into club_group (club_id, name, created_at) values (?1, ?2, ?3)
                        on conflict (club_id, lower(name)) do nothing returning id""")
                .setParameter(1, clubId).setParameter(2, name).setParameter(3, Timestamp.from(now))
                .getResultList().stream().findFirst().map(id -> ((Number) id).longValue());
    }

    boolean exists(long clubId, long groupId) {
        return !entities.createNativeQuery("select 1 from club_group where id = ?1 and club_id = ?2", Integer.class)
                .setParameter(1, groupId).setParameter(2, clubId).getResultList().isEmpty();
    }

    /**
     * Renames the group; false when another group of the club has that name, also when it took it a moment ago (the
     * unique index refuses the second of two renames at once).
     */
    boolean rename(long clubId, long groupId, String name) {
        try {
            return entities.createNativeQuery("""
                            update club_group set name = ?3 where id = ?2 and not exists (select 1 from club_group
                                where club_id = ?1 and id <> ?2 and lower(name) = lower(?3))""")
                    .setParameter(1, clubId).setParameter(2, groupId).setParameter(3, name).executeUpdate() == 1;
        } catch (ConstraintViolationException e) {
            return false;
        }
    }

    boolean hasAssignments(long groupId) {
        return !entities.createNativeQuery("select 1 from club_assignment where group_id = ?1 limit 1")
                .setParameter(1, groupId).getResultList().isEmpty();
    }

    void delete(long groupId) {
        entities.createNativeQuery("delete from club_group where id = ?1").setParameter(1, groupId).executeUpdate();
    }

    /** All of a club's groups with their member counts, by name. */
    List<GroupSummary> ofClub(long clubId) {
        return summaries("""
                select g.id, g.name, (select count(*) from club_group_member gm where gm.group_id = g.id)
                from club_group g where g.club_id = ?1 order by lower(g.name), g.id""", clubId, null);
    }

    /** The groups one member is in, without counts: a member sees the names of their own groups only. */
    List<GroupSummary> ofMember(long clubId, long accountId) {
        return summaries("""
                select g.id, g.name, null from club_group g join club_group_member gm on gm.group_id = g.id
                where g.club_id = ?1 and gm.account_id = ?2 order by lower(g.name), g.id""", clubId, accountId);
    }

    List<GroupMember> members(long groupId, PageRequest page) {
        List<?> rows = entities.createNativeQuery("""
                        select a.id, a.display_name from club_group_member gm join account a on a.id = gm.account_id
                        where gm.group_id = ?1 order by lower(a.display_name), a.id limit ?2 offset ?3""")
                .setParameter(1, groupId).setParameter(2, page.size()).setParameter(3, page.offset()).getResultList();
        return rows.stream().map(row -> {
            var cells = (Object[]) row;
            return new GroupMember(((Number) cells[0]).longValue(), (String) cells[1]);
        }).toList();
    }

    long memberCount(long groupId) {
        return ((Number) entities.createNativeQuery("select count(*) from club_group_member where group_id = ?1")
                .setParameter(1, groupId).getSingleResult()).longValue();
    }

    /** Adds a member of the club to the group; adding someone who is in it already changes nothing. */
    void add(long clubId, long groupId, long accountId) {
        entities.createNativeQuery("""
                        insert into club_group_member (group_id, club_id, account_id) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, groupId).setParameter(2, clubId).setParameter(3, accountId).executeUpdate();
    }

    void remove(long groupId, long accountId) {
        entities.createNativeQuery("delete from club_group_member where group_id = ?1 and account_id = ?2")
                .setParameter(1, groupId).setParameter(2, accountId).executeUpdate();
    }

    private List<GroupSummary> summaries(String sql, long clubId, Long accountId) {
        var query = entities.createNativeQuery(sql).setParameter(1, clubId);
        if (accountId != null) {
            query.setParameter(2, accountId);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(row -> {
            var cells = (Object[]) row;
            return new GroupSummary(((Number) cells[0]).longValue(), (String) cells[1],
                    cells[2] == null ? null : ((Number) cells[2]).longValue());
        }).toList();
    }
}
