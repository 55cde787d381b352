package run.limber.domain.content;

/**
 * Names of the caches that hold what runners read. Published revisions never change, so caching
 * them is safe; what changes is which revision is published. Publishing on this instance clears the
 * caches at once; other instances follow within the expiry set in application.properties.
 */
public final class PublishedCache {

    public static final String DRILLS = "published-drills";
    public static final String ROUTINES = "published-routines";
    public static final String NOTES = "published-notes";

    private PublishedCache() {
    }
}
