package run.limber.domain.content;

import io.quarkus.cache.CacheInvalidateAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Clears the runners' caches once a publishing change has committed: earlier, a reader could refill
 * them with the old version. All three go, since routines embed their drills.
 */
@ApplicationScoped
class PublishedCacheEviction {

    @CacheInvalidateAll(cacheName = PublishedCache.DRILLS)
    @CacheInvalidateAll(cacheName = PublishedCache.ROUTINES)
    @CacheInvalidateAll(cacheName = PublishedCache.NOTES)
    void evict(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedContentChanged change) {
        // the annotations do the work
    }
}
