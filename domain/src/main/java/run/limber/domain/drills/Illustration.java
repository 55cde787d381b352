package run.limber.domain.drills;

import java.util.Objects;
import java.util.UUID;

/**
 * An uploaded image shown with a drill, or with one of its steps.
 *
 * @param media the stored image's id
 * @param alt   what the image shows, for runners who cannot see it
 * @param step  the step it illustrates, counted from 1; null for the drill as a whole
 */
public record Illustration(UUID media, String alt, Integer step) {

    public Illustration {
        Objects.requireNonNull(media, "media");
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("an illustration needs alt text");
        }
    }
}
