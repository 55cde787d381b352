package run.limber.domain.media;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An uploaded image. Never changed after upload, so it needs no version. */
@Entity
@Table(name = "media")
class Media {

    @Id
    private UUID id;

    @Column(nullable = false, updatable = false)
    private String sha256;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private int size;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] bytes;

    @Column(name = "uploaded_by", updatable = false)
    private Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected Media() {
    }

    Media(String sha256, ImageType type, byte[] bytes, Long uploadedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.sha256 = sha256;
        this.contentType = type.mediaType();
        this.size = bytes.length;
        this.bytes = bytes;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    MediaInfo info() {
        return new MediaInfo(id, ImageType.ofMediaType(contentType), size, sha256);
    }

    MediaFile file() {
        return new MediaFile(info(), bytes);
    }
}
