package run.limber.api.media;

import java.util.UUID;
import run.limber.domain.media.MediaInfo;
import run.limber.domain.media.MediaLibrary;

/** A stored image: its id for a drill's {@code illustrations}, and where it is served. */
record MediaBody(UUID id, String contentType, int size, String url) {

    static MediaBody of(MediaInfo media) {
        return new MediaBody(media.id(), media.type().mediaType(), media.size(), MediaLibrary.url(media.id()));
    }
}
