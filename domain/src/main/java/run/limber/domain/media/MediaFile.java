package run.limber.domain.media;

/** A stored image with its bytes, for serving. */
public record MediaFile(MediaInfo info, byte[] bytes) {
}
