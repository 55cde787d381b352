package run.limber.domain.content;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.shared.Slug;

/**
 * A drill, routine or note as editors know it: a stable slug, its numbered revisions, and where it stands in the
 * workflow ({@link WorkflowState}: the one open revision editors work on, and the revision runners see). The
 * aggregate root of every content change: each workflow step is a method here that refuses what the current state
 * does not allow; only {@link ContentWriter} takes them.
 */
@Entity
@Table(name = "content_item")
public class ContentItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ContentKind kind;

    @Column(nullable = false)
    private String slug;

    @Version
    private long version;

    @Embedded
    private WorkflowState state;

    /** The working copy's title, kept here so editors' lists sort and page in SQL. */
    @Column(nullable = false)
    private String title;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ContentRevision> revisions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ContentItem() {
    }

    /** A new item whose first revision is a draft by {@code author}. */
    ContentItem(ContentKind kind, Slug slug, String title, JsonNode body, Actor author, String summary, Instant now) {
        this.kind = kind;
        this.slug = slug.value();
        this.createdAt = now;
        this.state = new WorkflowState(newRevision(title, body, author, summary, now));
        changed(now);
    }

    /**
     * Saves new content. The author of the open draft saves into it; anyone else starts a new revision (the open one
     * is kept as superseded), so every revision has one author and the review rule can tell who wrote what. A draft in
     * review or scheduled becomes a draft again: what gets published is what was reviewed. Published content gets a
     * new draft, and runners keep the published one.
     */
    ContentRevision edit(String newTitle, JsonNode body, Actor author, String summary, Instant now) {
        StepRules.refuseWhenArchived(this, "edit");
        if (state.isOpenBy(author)) {
            state.revise(newTitle, body, summary, now);
        } else {
            state.open(newRevision(newTitle, body, author, summary, now), now);
        }
        changed(now);
        return state.working();
    }

    /** Asks for review of the open draft. */
    void submit(Instant now) {
        StepRules.requireOpen(this, state.working(), Set.of(RevisionStatus.DRAFT), "submit");
        state.submit(now);
        changed(now);
    }

    /** Sends the revision under review (or scheduled) back to its author as a draft, with what to change. */
    void requestChanges(String comment, Instant now) {
        StepRules.requireOpen(this, state.working(), RevisionStatus.APPROVABLE, "request changes to");
        state.returnWith(comment, now);
        changed(now);
    }

    /**
     * Publishes the open revision now. With review required it must have been submitted and the approver must not be
     * its author; without, editors publish their own drafts directly.
     */
    void publish(Actor approver, boolean reviewRequired, Instant now) {
        StepRules.requireApproval(this, state.working(), approver, reviewRequired, "publish");
        state.publish(now);
        changed(now);
    }

    /** Approves the open revision for publishing at {@code at}; the scheduler publishes it then. */
    void schedule(Actor approver, boolean reviewRequired, Instant at, Instant now) {
        StepRules.requireApproval(this, state.working(), approver, reviewRequired, "schedule");
        state.schedule(approver, at, now);
        changed(now);
    }

    /** Publishes the scheduled revision if its time has come; false when nothing is due. */
    boolean publishIfDue(Instant now) {
        boolean due = state.isDue(now);
        if (due) {
            state.publish(now);
            changed(now);
        }
        return due;
    }

    /** Takes the item away from runners; an open draft stays open. */
    void unpublish(Instant now) {
        if (state.published().isEmpty()) {
            throw StepRules.refused(this, "unpublish", "nothing of it is published");
        }
        state.unpublish();
        changed(now);
    }

    /** Retires the item: runners no longer see it, and the open draft is closed. Only a restore brings it back. */
    void archive(Instant now) {
        StepRules.refuseWhenArchived(this, "archive");
        state.archive(now);
        changed(now);
    }

    /** Starts a new draft with the content of an earlier revision; the open draft, if any, is superseded. */
    ContentRevision restore(int number, Actor author, Instant now) {
        ContentRevision source = revision(number);
        state.open(newRevision(source.title(), source.body(), author, "Restored revision " + number, now), now);
        changed(now);
        return state.working();
    }

    public ContentRevision revision(int number) {
        return revisions.stream().filter(r -> r.number() == number).findFirst()
                .orElseThrow(() -> StepRules.noRevision(this, number));
    }

    /** What editors work on: the open draft if there is one, else what runners see, else the latest revision. */
    public ContentRevision workingCopy() {
        var working = state.working();
        return working != null ? working : state.published().orElseGet(revisions::getLast);
    }

    private ContentRevision newRevision(String revisionTitle, JsonNode body, Actor author, String summary, Instant now) {
        var revision = new ContentRevision(this, revisions.size() + 1, revisionTitle, body, author, summary, now);
        revisions.add(revision);
        return revision;
    }

    /** Takes the title from the working copy, and marks the item changed so its version moves on. */
    private void changed(Instant now) {
        title = workingCopy().title();
        updatedAt = now;
    }

    public ContentKind kind() {
        return kind;
    }

    public String slug() {
        return slug;
    }

    public long version() {
        return version;
    }

    public ItemStatus status() {
        return state.status();
    }

    public String title() {
        return title;
    }

    public Optional<ContentRevision> published() {
        return state.published();
    }

    public List<ContentRevision> revisions() {
        return List.copyOf(revisions);
    }

    public Optional<Instant> scheduledAt() {
        return state.schedule().map(Schedule::at);
    }

    /** Who approved the scheduled publication, so the scheduler can publish in their name. */
    public Optional<Actor> scheduledBy() {
        return state.schedule().map(Schedule::approver);
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
