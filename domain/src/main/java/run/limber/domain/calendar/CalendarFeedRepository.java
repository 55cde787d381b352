package run.limber.domain.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class CalendarFeedRepository implements PanacheRepository<CalendarFeed> {

    Optional<CalendarFeed> findByAccount(long accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    long deleteByAccount(long accountId) {
        return delete("accountId", accountId);
    }

    /** The feed behind a secret with its owner's current time zone, in one statement; a disabled owner's feed is gone. */
    Optional<FeedWithZone> findByTokenHash(String tokenHash) {
        return getEntityManager().createQuery("""
                        select new run.limber.domain.calendar.FeedWithZone(f, a.timeZone)
                        from CalendarFeed f, Account a
                        where a.id = f.accountId and f.tokenHash = :hash and a.disabled = false""", FeedWithZone.class)
                .setParameter("hash", tokenHash)
                .getResultStream().findFirst();
    }
}
