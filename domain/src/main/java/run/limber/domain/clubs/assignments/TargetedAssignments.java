package run.limber.domain.clubs.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import run.limber.domain.routines.RoutinePin;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * The assignments that target an account: made for them, or for a group they are in now. Resolved at read time, so a
 * new member of a group has its assignments at once and one who left the club has none.
 */
@ApplicationScoped
class TargetedAssignments {

    private static final String TARGETS = """
             from club_assignment a join club c on c.id = a.club_id
                join content_revision r on r.id = a.routine_revision_id
            where (a.member_id = :account or exists (select 1 from club_group_member g
                where g.group_id = a.group_id and g.account_id = :account))""";
    private static final String COLUMNS = """
            select a.id, a.club_id, c.name, a.routine_slug, r.body ->> 'name', r.number, array_to_string(a.days, ','),
                a.context, a.starts_on, a.ends_on, a.weekly_target""";
    /** More than anyone keeps up with; bounds a week's list. */
    static final int MAX_RUNNING = 100;

    private final EntityManager entities;
    private final AssignmentRepository assignments;

    TargetedAssignments(EntityManager entities, AssignmentRepository assignments) {
        this.entities = entities;
        this.assignments = assignments;
    }

    /** Latest start first. */
    Page<MyAssignment> page(long accountId, PageRequest page) {
        var rows = entities.createNativeQuery(COLUMNS + TARGETS
                        + " order by a.starts_on desc, a.id desc limit :size offset :offset", Object[].class)
                .setParameter("account", accountId).setParameter("size", page.size())
                .setParameter("offset", page.offset()).getResultList();
        long total = ((Number) entities.createNativeQuery("select count(*)" + TARGETS)
                .setParameter("account", accountId).getSingleResult()).longValue();
        return new Page<>(mine(rows), page.page(), page.size(), total);
    }

    /** Those whose dates meet the days from {@code from} to {@code to}, earliest start first. */
    List<MyAssignment> runningBetween(long accountId, LocalDate from, LocalDate to) {
        var rows = entities.createNativeQuery(COLUMNS + TARGETS
                        + " and a.starts_on <= :to and (a.ends_on is null or a.ends_on >= :from)"
                        + " order by a.starts_on, a.id limit " + MAX_RUNNING, Object[].class)
                .setParameter("account", accountId).setParameter("from", from).setParameter("to", to)
                .getResultList();
        return mine(rows);
    }

    /** The pin of an assignment that targets the account. */
    Optional<RoutinePin> pin(long accountId, long id) {
        List<Object[]> rows = entities.createNativeQuery("select a.routine_slug, a.routine_revision_id,"
                        + " cast(a.drill_revisions as text)" + TARGETS + " and a.id = :id", Object[].class)
                .setParameter("account", accountId).setParameter("id", id).getResultList();
        return rows.stream().findFirst().map(row -> assignments.pin((String) row[0], ((Number) row[1]).longValue(),
                (String) row[2]));
    }

    private static List<MyAssignment> mine(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(row -> new MyAssignment(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), (String) row[2], (String) row[3], (String) row[4],
                ((Number) row[5]).intValue(), IsoDays.fromList((String) row[6]), SessionContext.valueOf((String) row[7]),
                AssignmentRepository.date(row[8]), AssignmentRepository.date(row[9]), ((Number) row[10]).intValue()))
                .toList();
    }
}
