package run.limber.domain.content;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import run.limber.domain.shared.Slug;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A drill, routine or note as editors know it: a stable slug, its numbered revisions, and a pointer
 * to the revision runners see. The aggregate root for every content change.
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "published_revision_id")
    private ContentRevision published;

    @OneToMany(mappedBy = "item", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<ContentRevision> revisions = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ContentItem() {
    }

    public ContentItem(ContentKind kind, Slug slug, Instant now) {
        this.kind = kind;
        this.slug = slug.value();
        this.createdAt = now;
    }

    /** Starts a new draft revision numbered after the last one. */
    public ContentRevision draft(String title, JsonNode body, String author, String summary, Instant now) {
        var revision = new ContentRevision(this, revisions.size() + 1, title, body, author, summary, now);
        revisions.add(revision);
        return revision;
    }

    /** Makes the given revision of this item the one runners see. */
    public void publish(ContentRevision revision, Instant now) {
        if (revision.item() != this) {
            throw new IllegalArgumentException("revision " + revision.number() + " belongs to another item");
        }
        revision.markPublished(now);
        this.published = revision;
    }

    public Long id() {
        return id;
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

    public Optional<ContentRevision> published() {
        return Optional.ofNullable(published);
    }

    public List<ContentRevision> revisions() {
        return List.copyOf(revisions);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
