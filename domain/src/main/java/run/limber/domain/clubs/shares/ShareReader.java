package run.limber.domain.clubs.shares;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import run.limber.domain.assessments.Assessment;
import run.limber.domain.assessments.HipRotation;
import run.limber.domain.assessments.KneeToWall;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.SharedWithCoaches;
import run.limber.domain.clubs.SharingChoices;
import run.limber.domain.sessions.EaseRating;
import run.limber.domain.sessions.SessionContext;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * Reads one member for a coach straight from the clubs', sessions' and self-tests' tables, one statement for each
 * part. What the member does not share is left out in the statement itself, so it never leaves the database.
 */
@ApplicationScoped
class ShareReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<EaseRating>> RATINGS = new TypeReference<>() {
    };

    /**
     * The member's sessions that count towards the club's assignments, as the adherence dashboard counts them (an
     * assignment targeting them, directly or through a group, of the session's routine, its local day within the
     * assignment's dates), from the day they joined on. Parameters: account, start of the joining day, club, zone.
     */
    private static final String COUNTING = """
            from training_session s
            where s.account_id = ?1 and s.started_at >= ?2
              and exists (select 1 from club_assignment a
                          where a.club_id = ?3 and a.routine_slug = s.routine_slug
                            and (a.member_id = s.account_id or a.group_id in (select g.group_id from club_group_member g
                                 where g.club_id = a.club_id and g.account_id = s.account_id))
                            and cast(s.started_at at time zone ?4 as date)
                                between a.starts_on and coalesce(a.ends_on, 'infinity'))
            """;

    private final EntityManager entities;

    ShareReader(EntityManager entities) {
        this.entities = entities;
    }

    /** A member of the club (any role), with their sharing choices; not found when they are not in it. */
    Member member(long clubId, long accountId) {
        List<?> rows = entities.createNativeQuery("""
                        select acc.display_name, acc.email, cm.role, cm.joined_at, acc.time_zone, cm.share_notes,
                               cm.share_ease, cm.share_pain, cm.share_self_tests, cm.share_email
                        from club_member cm join account acc on acc.id = cm.account_id
                        where cm.club_id = ?1 and cm.account_id = ?2""")
                .setParameter(1, clubId).setParameter(2, accountId).getResultList();
        if (rows.isEmpty()) {
            throw new NoSuchEntryException("member", Long.toString(accountId));
        }
        var row = (Object[]) rows.getFirst();
        var choices = new SharingChoices((Boolean) row[5], (Boolean) row[6], (Boolean) row[7], (Boolean) row[8],
                (Boolean) row[9]);
        return new Member(clubId, accountId, (String) row[0], (String) row[1], ClubRole.valueOf((String) row[2]),
                instant(row[3]), ZoneId.of((String) row[4]), new SharedWithCoaches(choices));
    }

    /** Newest first, the day in the member's zone; two statements: the page and the count. */
    Page<SharedSession> sessions(Member member, PageRequest page) {
        var shared = member.sharing();
        List<?> rows = bind(member, entities.createNativeQuery("""
                        select cast(s.started_at at time zone ?4 as date), s.routine_slug, s.context,
                               case when ?5 then s.note end, case when ?6 then cast(s.ratings as text) end,
                               case when ?7 then s.pain end
                        """ + COUNTING + " order by s.started_at desc, s.id desc"))
                .setParameter(5, shared.notesVisible()).setParameter(6, shared.easeVisible())
                .setParameter(7, shared.painVisible())
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        var items = rows.stream().map(Object[].class::cast).map(row -> new SharedSession(day(row[0]),
                (String) row[1], SessionContext.valueOf((String) row[2]),
                shared.notesVisible() ? (String) row[3] : null, shared.easeVisible() ? ratings((String) row[4]) : null,
                shared.painVisible() ? (Boolean) row[5] : null)).toList();
        long total = ((Number) bind(member, entities.createNativeQuery("select count(*) " + COUNTING))
                .getSingleResult()).longValue();
        return new Page<>(items, page.page(), page.size(), total);
    }

    /** All the member's self-tests, newest first; two statements. The note only when {@code notes}. */
    Page<Assessment> selfTests(long accountId, boolean notes, PageRequest page) {
        List<?> rows = entities.createNativeQuery("""
                        select id, taken_at, knee_to_wall_left_cm, knee_to_wall_right_cm, hip_internal_left_deg,
                               hip_internal_right_deg, hip_external_left_deg, hip_external_right_deg,
                               case when ?2 then note end
                        from mobility_assessment where account_id = ?1 order by taken_at desc, id desc""")
                .setParameter(1, accountId).setParameter(2, notes)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        var items = rows.stream().map(Object[].class::cast).map(row -> new Assessment((UUID) row[0],
                instant(row[1]), new KneeToWall((BigDecimal) row[2], (BigDecimal) row[3]),
                row[4] == null ? null : new HipRotation(number(row[4]), number(row[5]), number(row[6]), number(row[7])),
                notes ? (String) row[8] : null)).toList();
        long total = ((Number) entities.createNativeQuery("select count(*) from mobility_assessment where account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).longValue();
        return new Page<>(items, page.page(), page.size(), total);
    }

    private static jakarta.persistence.Query bind(Member member, jakarta.persistence.Query query) {
        LocalDate joined = LocalDate.ofInstant(member.joinedAt(), member.zone());
        return query.setParameter(1, member.accountId())
                .setParameter(2, joined.atStartOfDay(member.zone()).toInstant())
                .setParameter(3, member.clubId())
                .setParameter(4, member.zone().getId());
    }

    private static List<EaseRating> ratings(String json) {
        try {
            return json == null ? List.of() : List.copyOf(JSON.readValue(json, RATINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session's ratings cannot be read", e);
        }
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static LocalDate day(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalStateException("not a point in time: " + value.getClass());
        };
    }

    /** A member as read for a coach, before anything unshared is left out. */
    record Member(long clubId, long accountId, String displayName, String email, ClubRole role, Instant joinedAt,
                  ZoneId zone, SharedWithCoaches sharing) {

        SharedMember view() {
            return new SharedMember(accountId, displayName, role, sharing.emailVisible() ? email : null, joinedAt,
                    sharing);
        }
    }
}
