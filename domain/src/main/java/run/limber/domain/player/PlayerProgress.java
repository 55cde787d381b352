package run.limber.domain.player;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import run.limber.domain.drills.RepRange;
import run.limber.domain.plan.RoutinePlan;
import run.limber.domain.sessions.SessionContext;

/**
 * Where a runner is in a routine: the step, the reps counted in it, the sets done, and the time played (which stops
 * while paused). Steps are indexes into the routine's plan; an index equal to the plan's size means "past the end".
 * A runner has at most one play per routine and assignment (none for the routine as published).
 */
@Entity
@Table(name = "player_progress")
class PlayerProgress {

    /** The play, and the idempotency key of the session it saves. */
    @Id
    @Column(name = "run_id")
    private UUID runId;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "routine_slug", nullable = false)
    private String routineSlug;

    /** The club assignment being played, whose pinned routine is the plan; null for the published routine. */
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionContext context;

    @Column(name = "step_index", nullable = false)
    private int stepIndex;

    @Column(name = "rep_count", nullable = false)
    private int repCount;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private List<Integer> completed = new ArrayList<>();

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "elapsed_millis", nullable = false)
    private long elapsedMillis;

    @Column(name = "running_since")
    private Instant runningSince;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlayerProgress() {
    }

    PlayerProgress(long accountId, String routineSlug, Optional<Long> assignment, SessionContext context, Instant now) {
        this.accountId = accountId;
        this.routineSlug = routineSlug;
        this.assignmentId = assignment.orElse(null);
        this.runId = UUID.randomUUID();
        this.context = context;
        this.startedAt = now;
        this.runningSince = now;
        this.updatedAt = now;
    }

    String routine() {
        return routineSlug;
    }

    Optional<Long> assignment() {
        return Optional.ofNullable(assignmentId);
    }

    /** One more rep, up to the most a set may ask for. */
    void count(Instant now) {
        repCount = Math.min(repCount + 1, RepRange.MAX_REPS);
        touch(now);
    }

    /** On to the next step; a set being left counts as done when {@code done} says so. */
    void advance(boolean done, RoutinePlan plan, Instant now) {
        if (stepIndex >= plan.steps().size()) {
            return;
        }
        if (done && plan.steps().get(stepIndex).isSet()) {
            var marked = new TreeSet<>(completed);
            marked.add(stepIndex);
            completed = new ArrayList<>(marked);
        }
        moveTo(stepIndex + 1, now);
    }

    /** Back one step, to do it again: it no longer counts as done. */
    void back(Instant now) {
        if (stepIndex == 0) {
            return;
        }
        moveTo(stepIndex - 1, now);
        completed = new ArrayList<>(completed.stream().filter(index -> index != stepIndex).toList());
    }

    void pause(Instant now) {
        if (runningSince != null) {
            elapsedMillis += Duration.between(runningSince, now).toMillis();
            runningSince = null;
        }
        touch(now);
    }

    void resume(Instant now) {
        if (runningSince == null) {
            runningSince = now;
        }
        touch(now);
    }

    /** Keeps the position valid when an editor has shortened the routine since the runner started. */
    void fitTo(int planSize) {
        if (stepIndex > planSize) {
            stepIndex = planSize;
            repCount = 0;
        }
        completed = new ArrayList<>(completed.stream().filter(index -> index < planSize).toList());
    }

    PlayerState state(RoutinePlan plan, Instant now) {
        long millis = elapsedMillis + (runningSince == null ? 0 : Duration.between(runningSince, now).toMillis());
        return new PlayerState(plan, context, runId, stepIndex, repCount, new TreeSet<>(completed), startedAt,
                Duration.ofMillis(Math.max(0, millis)), runningSince == null);
    }

    private void moveTo(int index, Instant now) {
        stepIndex = index;
        repCount = 0;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = now;
    }
}
