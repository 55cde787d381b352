package run.limber.domain.sessions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

@ApplicationScoped
class TrainingSessionRepository implements PanacheRepositoryBase<TrainingSession, UUID> {

    /** Writes the JSON columns the way Hibernate's own JSON mapping reads them: plain Jackson, no API settings. */
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Inserts a session unless the account already has one under the same idempotency key; returns the row that
     * holds the key afterwards. A concurrent insert with the same key waits on the unique index until the first
     * commits, then inserts nothing and reads the first one's row.
     */
    TrainingSession insertOnce(UUID id, long accountId, NewSession session, String idempotencyKey, String requestHash,
                               Instant now) {
        getEntityManager().createNativeQuery("""
                        insert into training_session (id, account_id, routine_slug, context, started_at, duration_seconds,
                            completed_sets, ratings, pain, note, idempotency_key, request_hash, created_at, assignment_id)
                        values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), cast(?8 as jsonb), ?9, cast(?10 as text),
                            cast(?11 as text), cast(?12 as text), ?13, cast(?14 as bigint))
                        on conflict (account_id, idempotency_key) do nothing""")
                .setParameter(1, id)
                .setParameter(2, accountId)
                .setParameter(3, session.routine())
                .setParameter(4, session.context().name())
                .setParameter(5, session.startedAt())
                .setParameter(6, session.durationSeconds())
                .setParameter(7, json(session.completedSets()))
                .setParameter(8, json(session.ratings()))
                .setParameter(9, session.pain())
                .setParameter(10, session.note())
                .setParameter(11, idempotencyKey)
                .setParameter(12, requestHash)
                .setParameter(13, now)
                .setParameter(14, session.assignment())
                .executeUpdate();
        return idempotencyKey == null ? findById(id)
                : find("accountId = ?1 and idempotencyKey = ?2", accountId, idempotencyKey).singleResult();
    }

    Optional<TrainingSession> findOwn(UUID id, long accountId) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResultOptional();
    }

    boolean deleteOwn(UUID id, long accountId) {
        return delete("id = ?1 and accountId = ?2", id, accountId) > 0;
    }

    /** The account's sessions started in [from, to), newest first; a missing bound is open. */
    Page<TrainingSession> page(long accountId, Optional<Instant> from, Optional<Instant> to, PageRequest request) {
        var where = new StringBuilder("accountId = :account");
        var parameters = Parameters.with("account", accountId);
        from.ifPresent(instant -> {
            where.append(" and startedAt >= :from");
            parameters.and("from", instant);
        });
        to.ifPresent(instant -> {
            where.append(" and startedAt < :to");
            parameters.and("to", instant);
        });
        var query = find(where.toString(), Sort.descending("startedAt", "id"), parameters);
        var items = query.page(request.page(), request.size()).list();
        return new Page<>(items, request.page(), request.size(), query.count());
    }

    /**
     * How many sessions the account logged in each week, the weeks (their Mondays) taken in the given time zone:
     * one grouped statement however long the history.
     */
    Map<LocalDate, Integer> countPerWeek(long accountId, ZoneId zone) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                        select cast(date_trunc('week', started_at at time zone ?2) as date), count(*)
                        from training_session where account_id = ?1 group by 1""", Object[].class)
                .setParameter(1, accountId)
                .setParameter(2, zone.getId())
                .getResultList();
        var counts = new HashMap<LocalDate, Integer>();
        for (Object[] row : rows) {
            counts.put((LocalDate) row[0], ((Number) row[1]).intValue());
        }
        return counts;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a session's sets or ratings cannot be written as JSON", e);
        }
    }
}
