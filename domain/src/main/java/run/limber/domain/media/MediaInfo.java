package run.limber.domain.media;

import java.util.UUID;

/** What is known about a stored image without its bytes; {@code sha256} doubles as its ETag. */
public record MediaInfo(UUID id, ImageType type, int size, String sha256) {
}
