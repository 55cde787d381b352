package run.limber.domain.content;

/**
 * Names of the caches that hold what runners read. Published revisions never change, so caching
 * them is safe; what changes is which revision is published. Publishing clears the caches on this
 * instance at once and on every other through a PostgreSQL notification ({@link PublishedCacheEviction});
 * the expiry set in application.properties bounds what a lost notification can cost.
 */
public final class PublishedCache {

    public static final String DRILLS = "published-drills";
    public static final String ROUTINES = "published-routines";
    public static final String NOTES = "published-notes";

    private PublishedCache() {
    }
}
