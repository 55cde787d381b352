package run.limber.domain.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** When an approved revision goes live, and who approved it, so the scheduler publishes in their name. */
@Embeddable
class Schedule {

    @Column(name = "scheduled_at")
    private Instant at;

    @Column(name = "scheduled_by_id")
    private Long approverId;

    @Column(name = "scheduled_by")
    private String approver;

    protected Schedule() {
    }

    Schedule(Instant at, Actor approver) {
        this.at = at;
        this.approverId = approver.id();
        this.approver = approver.name();
    }

    Instant at() {
        return at;
    }

    boolean isDue(Instant now) {
        return !at.isAfter(now);
    }

    Actor approver() {
        return new Actor(approverId, approver);
    }
}
