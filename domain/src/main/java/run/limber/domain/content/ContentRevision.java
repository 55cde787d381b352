package run.limber.domain.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One numbered version of a content item. The body is the item's structured content as JSON
 * (a drill's steps, tips and prescription; a note's Markdown); once published it is immutable,
 * which the database enforces as well. Its state changes only through its {@link ContentItem}.
 */
@Entity
@Table(name = "content_revision")
public class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false, updatable = false)
    private ContentItem item;

    @Column(nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RevisionStatus status;

    @Column(nullable = false)
    private String title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private JsonNode body;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(name = "author_id", updatable = false)
    private Long authorId;

    private String summary;

    @Column(name = "review_comment")
    private String reviewComment;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ContentRevision() {
    }

    ContentRevision(ContentItem item, int number, String title, JsonNode body, Actor author, String summary,
                    Instant now) {
        this.item = item;
        this.number = number;
        this.status = RevisionStatus.DRAFT;
        this.title = title;
        this.body = body;
        this.author = author.name();
        this.authorId = author.id();
        this.summary = summary;
        this.createdAt = now;
        this.updatedAt = now;
    }

    boolean isBy(Actor actor) {
        return actor.is(authorId);
    }

    boolean isOpen() {
        return RevisionStatus.OPEN.contains(status);
    }

    /** New content for an open revision; it is a draft again, since what was reviewed has changed. */
    void revise(String newTitle, JsonNode newBody, String newSummary, Instant now) {
        requireOpen();
        title = newTitle;
        body = newBody;
        summary = newSummary;
        status = RevisionStatus.DRAFT;
        updatedAt = now;
    }

    void moveTo(RevisionStatus next, Instant now) {
        requireOpen();
        status = next;
        updatedAt = now;
    }

    void returnWith(String comment, Instant now) {
        moveTo(RevisionStatus.DRAFT, now);
        reviewComment = comment;
    }

    void markPublished(Instant now) {
        requireOpen();
        status = RevisionStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new IllegalStateException("revision " + number + " is " + status + " and cannot change");
        }
    }

    public Long id() {
        return id;
    }

    public ContentItem item() {
        return item;
    }

    public int number() {
        return number;
    }

    public RevisionStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public JsonNode body() {
        return body;
    }

    public String author() {
        return author;
    }

    /** The author's account id; null for the system (the seed content). */
    public Long authorId() {
        return authorId;
    }

    public String summary() {
        return summary;
    }

    /** What a reviewer last asked the author to change, if anyone did. */
    public String reviewComment() {
        return reviewComment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
