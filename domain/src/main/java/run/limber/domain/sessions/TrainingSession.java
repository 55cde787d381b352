package run.limber.domain.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A logged session. Rows are written by {@link TrainingSessionRepository#insertOnce} (an insert that a retry with the
 * same idempotency key turns into nothing) and never changed afterwards, so the entity is read-only.
 */
@Entity
@Table(name = "training_session")
@org.hibernate.annotations.Immutable
class TrainingSession {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "routine_slug", nullable = false)
    private String routineSlug;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionContext context;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "duration_seconds", nullable = false)
    private int durationSeconds;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "completed_sets", nullable = false, columnDefinition = "jsonb")
    private List<CompletedSet> completedSets;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<EaseRating> ratings;

    @Column(nullable = false)
    private boolean pain;

    private String note;

    @Column(name = "assignment_id")
    private Long assignmentId;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Column(name = "request_hash")
    private String requestHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected TrainingSession() {
    }

    /** Whether a retry under this session's idempotency key asked for the same thing. */
    boolean madeBy(String hash) {
        return requestHash == null || requestHash.equals(hash);
    }

    LoggedSession view() {
        return new LoggedSession(id, routineSlug, context, startedAt, durationSeconds, completedSets, ratings, pain,
                note, assignmentId, createdAt);
    }
}
