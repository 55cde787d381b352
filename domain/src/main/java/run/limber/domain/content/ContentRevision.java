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
 * which the database enforces as well.
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

    private String summary;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    protected ContentRevision() {
    }

    ContentRevision(ContentItem item, int number, String title, JsonNode body, String author, String summary,
                    Instant now) {
        this.item = item;
        this.number = number;
        this.status = RevisionStatus.DRAFT;
        this.title = title;
        this.body = body;
        this.author = author;
        this.summary = summary;
        this.createdAt = now;
    }

    void markPublished(Instant now) {
        if (status == RevisionStatus.PUBLISHED) {
            throw new IllegalStateException("revision " + number + " is already published");
        }
        status = RevisionStatus.PUBLISHED;
        publishedAt = now;
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

    public String summary() {
        return summary;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }
}
