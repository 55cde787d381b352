package run.limber.domain.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class CalendarFeedRepository implements PanacheRepository<CalendarFeed> {

    Optional<CalendarFeed> findByAccount(long accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    /**
     * Makes this the account's only feed in one statement, so two requests at once cannot both insert: the later
     * one's row wins and the earlier address stops working, as if it had been replaced a moment later.
     */
    void replaceFor(long accountId, CalendarFeed feed) {
        var plan = feed.plan();
        getEntityManager().createNativeQuery("""
                        insert into calendar_feed (id, account_id, token_hash, days, context, created_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6)
                        on conflict (account_id) do update set id = excluded.id, token_hash = excluded.token_hash,
                            days = excluded.days, context = excluded.context, created_at = excluded.created_at""")
                .setParameter(1, plan.id())
                .setParameter(2, accountId)
                .setParameter(3, feed.tokenHash())
                .setParameter(4, feed.days())
                .setParameter(5, plan.context().name())
                .setParameter(6, plan.createdAt())
                .executeUpdate();
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
