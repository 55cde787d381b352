package run.limber.domain.content;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import java.util.Optional;

/**
 * Where a {@link ContentItem} stands: the revision runners see, the one revision editors have open (a draft, in
 * review or scheduled), when that one goes live once approved for later, and the status all this reads as. Each
 * change here keeps them in step: whatever revises, returns or closes the open revision drops its schedule, and the
 * status follows. The item checks first whether its state allows a step.
 */
@Embeddable
class WorkflowState {

    /** Never null, so Hibernate always loads this part (it loads none when all its columns are null). */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ItemStatus status;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private ContentRevision published;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "working_revision_id")
    private ContentRevision working;

    @Embedded
    private Schedule schedule;

    protected WorkflowState() {
    }

    WorkflowState(ContentRevision first) {
        working = first;
        settle();
    }

    /** Opens {@code next} for editing; the open revision, if any, stays in the history as superseded. */
    void open(ContentRevision next, Instant now) {
        close(now);
        working = next;
        settle();
    }

    /** Whether {@code author} wrote the open revision, and so saves into it. */
    boolean isOpenBy(Actor author) {
        return working != null && working.isBy(author);
    }

    /** New content in the open revision: any approval it had was for other content. */
    void revise(String title, JsonNode body, String summary, Instant now) {
        working.revise(title, body, summary, now);
        schedule = null;
        settle();
    }

    void submit(Instant now) {
        working.moveTo(RevisionStatus.IN_REVIEW, now);
        settle();
    }

    void returnWith(String comment, Instant now) {
        working.returnWith(comment, now);
        schedule = null;
        settle();
    }

    void schedule(Actor approver, Instant at, Instant now) {
        working.moveTo(RevisionStatus.SCHEDULED, now);
        schedule = new Schedule(at, approver);
        settle();
    }

    boolean isDue(Instant now) {
        return status == ItemStatus.SCHEDULED && schedule.isDue(now);
    }

    /** The open revision becomes the one runners see, and nothing is open any more. */
    void publish(Instant now) {
        working.markPublished(now);
        published = working;
        working = null;
        schedule = null;
        settle();
    }

    void unpublish() {
        published = null;
        settle();
    }

    /** Nothing open, nothing published, until a restore opens a revision again. */
    void archive(Instant now) {
        close(now);
        published = null;
        status = ItemStatus.ARCHIVED;
    }

    /** Closes the open revision, and with it any schedule it had, keeping it in the history. */
    private void close(Instant now) {
        if (working != null) {
            working.moveTo(RevisionStatus.SUPERSEDED, now);
            working = null;
        }
        schedule = null;
    }

    private void settle() {
        status = ItemStatus.of(working, published != null, status);
    }

    ItemStatus status() {
        return status;
    }

    /** The open revision, or null when none is. */
    ContentRevision working() {
        return working;
    }

    Optional<ContentRevision> published() {
        return Optional.ofNullable(published);
    }

    Optional<Schedule> schedule() {
        return Optional.ofNullable(schedule);
    }
}
