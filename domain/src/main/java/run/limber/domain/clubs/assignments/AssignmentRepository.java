package run.limber.domain.clubs.assignments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import run.limber.domain.clubs.assignments.Assignment.PinnedDrill;
import run.limber.domain.routines.RoutinePin;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * Club assignments in SQL: each read is one statement, whatever the number of assignments or drills. The pinned drills
 * are read in the order of the pinned routine revision (the JSON object of the pin keeps no order).
 */
@ApplicationScoped
class AssignmentRepository {

    private static final String COLUMNS = """
            select a.id, a.club_id, a.routine_slug, r.number, a.group_id, a.member_id, array_to_string(a.days, ','),
                a.context, a.starts_on, a.ends_on, a.weekly_target, a.version,
                (select count(*) from club_assignment_notice n where n.assignment_id = a.id and n.resolved_at is null),
                (select string_agg(d.key || '=' || dr.number, ',' order by (select min(e.n)
                        from jsonb_array_elements(r.body -> 'drills') with ordinality e(drill, n)
                        where e.drill ->> 'drill' = d.key), d.key)
                    from jsonb_each_text(a.drill_revisions) d join content_revision dr on dr.id = cast(d.value as bigint))
            from club_assignment a join content_revision r on r.id = a.routine_revision_id
            """;
    private static final TypeReference<LinkedHashMap<String, Long>> DRILLS = new TypeReference<>() {
    };

    private final EntityManager entities;
    private final ObjectMapper json;

    AssignmentRepository(EntityManager entities, ObjectMapper json) {
        this.entities = entities;
        this.json = json;
    }

    long insert(long clubId, NewAssignment assignment, RoutinePin pin, long createdBy, Instant now) {
        var schedule = assignment.schedule();
        return ((Number) entities.createNativeQuery("""
                        insert into club_assignment (club_id, group_id, member_id, routine_slug, routine_revision_id,
                            drill_revisions, days, context, starts_on, ends_on, weekly_target, created_by, created_at)
                        values (?1, cast(?2 as bigint), cast(?3 as bigint), ?4, ?5, cast(?6 as jsonb),
                            cast(?7 as smallint[]), ?8, ?9, cast(?10 as date), ?11, ?12, ?13)
                        returning id""")
                .setParameter(1, clubId)
                .setParameter(2, assignment.groupId())
                .setParameter(3, assignment.memberId())
                .setParameter(4, pin.routine())
                .setParameter(5, pin.routineRevisionId())
                .setParameter(6, write(pin))
                .setParameter(7, IsoDays.toArray(schedule.days()))
                .setParameter(8, schedule.context().name())
                .setParameter(9, schedule.startsOn())
                .setParameter(10, schedule.endsOn())
                .setParameter(11, schedule.target())
                .setParameter(12, createdBy)
                .setParameter(13, now)
                .getSingleResult()).longValue();
    }

    Optional<Assignment> find(long clubId, long id, LocalDate today) {
        List<Object[]> rows = entities.createNativeQuery(COLUMNS + " where a.club_id = ?1 and a.id = ?2", Object[].class)
                .setParameter(1, clubId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(row -> assignment(row, today));
    }

    /** The club's assignments, newest first; with a status, only those that are (not) ended by today. */
    Page<Assignment> page(long clubId, Optional<AssignmentStatus> status, LocalDate today, PageRequest page) {
        String where = " where a.club_id = :club" + status.map(s -> s == AssignmentStatus.ENDED
                ? " and a.ends_on < :today" : " and (a.ends_on is null or a.ends_on >= :today)").orElse("");
        var rows = entities.createNativeQuery(COLUMNS + where + " order by a.id desc limit :size offset :offset",
                        Object[].class)
                .setParameter("club", clubId).setParameter("size", page.size()).setParameter("offset", page.offset());
        var count = entities.createNativeQuery("select count(*) from club_assignment a" + where)
                .setParameter("club", clubId);
        if (status.isPresent()) {
            rows.setParameter("today", today);
            count.setParameter("today", today);
        }
        List<Assignment> items = ((List<?>) rows.getResultList()).stream()
                .map(row -> assignment((Object[]) row, today)).toList();
        return new Page<>(items, page.page(), page.size(), ((Number) count.getSingleResult()).longValue());
    }

    /** The routine slug of the club's assignment, its row locked until the transaction ends. */
    Optional<String> lockRoutine(long clubId, long id) {
        List<?> rows = entities.createNativeQuery(
                        "select routine_slug from club_assignment where club_id = ?1 and id = ?2 for update", String.class)
                .setParameter(1, clubId).setParameter(2, id).getResultList();
        return rows.stream().findFirst().map(String.class::cast);
    }

    /** Applies a schedule when the assignment is still at {@code version}; false when it is not (or gone). */
    boolean update(long clubId, long id, long version, Schedule schedule) {
        return entities.createNativeQuery("""
                        update club_assignment set days = cast(?1 as smallint[]), context = ?2, starts_on = ?3,
                            ends_on = cast(?4 as date), weekly_target = ?5, version = version + 1
                        where club_id = ?6 and id = ?7 and version = ?8""")
                .setParameter(1, IsoDays.toArray(schedule.days()))
                .setParameter(2, schedule.context().name())
                .setParameter(3, schedule.startsOn())
                .setParameter(4, schedule.endsOn())
                .setParameter(5, schedule.target())
                .setParameter(6, clubId).setParameter(7, id).setParameter(8, version)
                .executeUpdate() == 1;
    }

    /** Ends the assignment on that day, unless it already ends earlier. */
    void end(long clubId, long id, LocalDate on) {
        entities.createNativeQuery("""
                        update club_assignment set ends_on = least(ends_on, ?1), version = version + 1
                        where club_id = ?2 and id = ?3""")
                .setParameter(1, on).setParameter(2, clubId).setParameter(3, id).executeUpdate();
    }

    void repin(long clubId, long id, RoutinePin pin) {
        entities.createNativeQuery("""
                        update club_assignment set routine_revision_id = ?1, drill_revisions = cast(?2 as jsonb),
                            version = version + 1
                        where club_id = ?3 and id = ?4""")
                .setParameter(1, pin.routineRevisionId()).setParameter(2, write(pin))
                .setParameter(3, clubId).setParameter(4, id).executeUpdate();
    }

    /** Reads a pin back from {@code routine_slug, routine_revision_id, drill_revisions::text}. */
    RoutinePin pin(String routine, long routineRevisionId, String drills) {
        try {
            return new RoutinePin(routine, routineRevisionId, json.readValue(drills, DRILLS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assignment's pinned drills cannot be read", e);
        }
    }

    private String write(RoutinePin pin) {
        try {
            return json.writeValueAsString(pin.drillRevisions());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an assignment's pinned drills cannot be written", e);
        }
    }

    private static Assignment assignment(Object[] row, LocalDate today) {
        LocalDate endsOn = date(row[9]);
        String drills = (String) row[13];
        var pinned = drills == null ? List.<PinnedDrill>of() : Arrays.stream(drills.split(",")).map(pair -> {
            int at = pair.lastIndexOf('=');
            return new PinnedDrill(pair.substring(0, at), Integer.parseInt(pair.substring(at + 1)));
        }).toList();
        return new Assignment(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                ((Number) row[3]).intValue(), pinned, number(row[4]), number(row[5]), IsoDays.fromList((String) row[6]),
                SessionContext.valueOf((String) row[7]), date(row[8]), endsOn, ((Number) row[10]).intValue(),
                AssignmentStatus.of(endsOn, today), ((Number) row[12]).intValue(), ((Number) row[11]).longValue());
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static LocalDate date(Object value) {
        return value == null ? null : value instanceof Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
