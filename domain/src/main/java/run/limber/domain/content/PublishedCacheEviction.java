package run.limber.domain.content;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * Clears the runners' caches once a publishing change has committed, on every instance: earlier, a reader could
 * refill them with the old version. All three go, since routines embed their drills.
 * <p>
 * The publishing transaction sends a notification on {@value #CHANNEL}, which PostgreSQL delivers to every listening
 * session when (and only if) the transaction commits; {@link PublishedChangesListener} evicts on each instance. The
 * instance that published also evicts at once after its commit, so the editor and the runners it serves see the change
 * without waiting for its own listener's round trip.
 */
@ApplicationScoped
class PublishedCacheEviction {

    static final String CHANNEL = "limber_published";

    private final DataSource data;
    private final List<Cache> caches;

    PublishedCacheEviction(DataSource data, @CacheName(PublishedCache.DRILLS) Cache drills,
                           @CacheName(PublishedCache.ROUTINES) Cache routines,
                           @CacheName(PublishedCache.NOTES) Cache notes) {
        this.data = data;
        this.caches = List.of(drills, routines, notes);
    }

    /** In the publishing transaction: the pooled connection is the transaction's own, so the notice commits with it. */
    void notifyEveryInstance(@Observes PublishedContentChanged change) {
        try (Connection connection = data.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select pg_notify('" + CHANNEL + "', '')");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not announce the publication to the other instances", e);
        }
    }

    void evictHere(@Observes(during = TransactionPhase.AFTER_SUCCESS) PublishedContentChanged change) {
        evictAll();
    }

    void evictAll() {
        caches.forEach(cache -> cache.invalidateAll().await().indefinitely());
    }
}
