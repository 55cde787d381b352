package run.limber.domain.media;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.shared.ByteSizes;
import run.limber.domain.shared.LimitSettings;
import run.limber.domain.shared.Sha256;
import run.limber.domain.shared.ValidationException;

/**
 * Stores the illustrations editors upload and hands them out. Images are public once uploaded — runner pages show
 * them to anyone — and their ids are random, so an unpublished draft's image cannot be guessed.
 */
@ApplicationScoped
public class MediaLibrary {

    /** Where an image is served, for the API and the web pages alike. */
    public static String url(UUID id) {
        return "/api/v1/media/" + id;
    }

    private final MediaRepository media;
    private final AccountService accounts;
    private final Clock clock;
    private final long maxBytes;

    MediaLibrary(MediaRepository media, AccountService accounts, Clock clock, LimitSettings limits) {
        this.media = media;
        this.accounts = accounts;
        this.clock = clock;
        this.maxBytes = limits.image().asLongValue();
    }

    /** The largest image that may be uploaded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Stores an image, or finds the same bytes uploaded before; the type comes from the bytes themselves. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Transactional
    public MediaInfo upload(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ValidationException("file", "The file is empty.");
        }
        if (bytes.length > maxBytes) {
            throw new ValidationException("file", "An image may be at most %s; this one is %s."
                    .formatted(ByteSizes.megabytes(maxBytes), ByteSizes.megabytes(bytes.length)));
        }
        var type = ImageType.of(bytes).orElseThrow(() -> new ValidationException("file",
                "Only PNG, JPEG and WebP images can be uploaded."));
        var sha256 = Sha256.hex(bytes);
        var uploader = accounts.current().id();
        media.getEntityManager().createNativeQuery("""
                        insert into media (id, sha256, content_type, size, bytes, uploaded_by, uploaded_at)
                        values (:id, :sha256, :type, :size, :bytes, :by, :at) on conflict (sha256) do nothing""")
                .setParameter("id", UUID.randomUUID()).setParameter("sha256", sha256)
                .setParameter("type", type.mediaType()).setParameter("size", bytes.length)
                .setParameter("bytes", bytes).setParameter("by", uploader).setParameter("at", clock.instant())
                .executeUpdate();
        return media.findBySha256(sha256).orElseThrow().info();
    }

    @PermitAll
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MediaFile> file(UUID id) {
        return media.findByIdOptional(id).map(Media::file);
    }

    /** The ids among these that name no stored image. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<UUID> missing(Collection<UUID> ids) {
        var missing = new HashSet<>(ids);
        if (!ids.isEmpty()) {
            media.existing(ids).forEach(missing::remove);
        }
        return missing;
    }
}
