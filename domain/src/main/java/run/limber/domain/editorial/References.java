package run.limber.domain.editorial;

import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** What a draft may point at outside itself: published drills (from routines) and uploaded images (from drills). */
public record References(Predicate<String> publishedDrills, Predicate<UUID> media) {

    /** Reads the published drills only if a draft names one, and then once. */
    public static References lazily(Supplier<Set<String>> publishedDrills, Predicate<UUID> media) {
        var read = new Object() {
            Set<String> drills;
        };
        return new References(slug -> {
            if (read.drills == null) {
                read.drills = publishedDrills.get();
            }
            return read.drills.contains(slug);
        }, media);
    }

    boolean publishedDrill(String slug) {
        return publishedDrills.test(slug);
    }

    boolean storedMedia(UUID id) {
        return media.test(id);
    }
}
