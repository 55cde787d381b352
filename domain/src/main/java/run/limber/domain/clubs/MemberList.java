package run.limber.domain.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * A page of a club's members with their groups, in three statements however many members the page holds; names of
 * members by id in one.
 */
@ApplicationScoped
class MemberList {

    private static final String FILTER = """
            from ClubMember m, Account a
            where a.id = m.accountId and m.clubId = :club and (:name = '' or lower(a.displayName) like :name escape '!')""";

    private final EntityManager entities;

    MemberList(EntityManager entities) {
        this.entities = entities;
    }

    Page<MemberSummary> page(long clubId, String name, PageRequest page) {
        String pattern = name.isEmpty() ? "" : "%" + name.toLowerCase(Locale.ROOT)
                .replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        long total = entities.createQuery("select count(m) " + FILTER, Long.class)
                .setParameter("club", clubId).setParameter("name", pattern).getSingleResult();
        var rows = entities.createQuery("select m, a.displayName, a.email " + FILTER
                        + " order by lower(a.displayName), m.accountId", Object[].class)
                .setParameter("club", clubId).setParameter("name", pattern)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        var groups = groupsOf(clubId, rows.stream().map(row -> ((ClubMember) row[0]).accountId()).toList());
        var items = rows.stream().map(row -> {
            var member = (ClubMember) row[0];
            var shared = new SharedWithCoaches(member.sharing());
            return new MemberSummary(member.accountId(), (String) row[1], member.role(), member.joinedAt(),
                    groups.getOrDefault(member.accountId(), List.of()), shared.emailVisible() ? (String) row[2] : null);
        }).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** The display names of those of these accounts that are members of the club. */
    Map<Long, String> names(long clubId, Collection<Long> accountIds) {
        var names = new HashMap<Long, String>();
        if (accountIds.isEmpty()) {
            return names;
        }
        entities.createQuery("select m.accountId, a.displayName from ClubMember m, Account a"
                        + " where a.id = m.accountId and m.clubId = :club and m.accountId in :ids", Object[].class)
                .setParameter("club", clubId).setParameter("ids", accountIds).getResultStream()
                .forEach(row -> names.put((Long) row[0], (String) row[1]));
        return names;
    }

    private Map<Long, List<MemberSummary.GroupRef>> groupsOf(long clubId, List<Long> accountIds) {
        var groups = new HashMap<Long, List<MemberSummary.GroupRef>>();
        if (accountIds.isEmpty()) {
            return groups;
        }
        List<?> rows = entities.createNativeQuery("""
                        select gm.account_id, g.id, g.name from club_group_member gm join club_group g on g.id = gm.group_id
                        where gm.club_id = ?1 and gm.account_id in (?2) order by lower(g.name), g.id""")
                .setParameter(1, clubId).setParameter(2, accountIds).getResultList();
        for (Object row : rows) {
            var cells = (Object[]) row;
            groups.computeIfAbsent(((Number) cells[0]).longValue(), id -> new ArrayList<>())
                    .add(new MemberSummary.GroupRef(((Number) cells[1]).longValue(), (String) cells[2]));
        }
        return groups;
    }
}
