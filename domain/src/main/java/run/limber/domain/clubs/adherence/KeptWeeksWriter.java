package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Writes the weeks {@link KeptWeeks} judged into {@code club_member_week} (V12), only where the versions they were
 * judged at still hold, and prunes the weeks no read reaches. Runs in the caller's transaction.
 */
@ApplicationScoped
class KeptWeeksWriter {

    /** Kept weeks are never read once this far in the past; a read prunes them. */
    private static final int KEEP_WEEKS = AdherenceService.MAX_WEEKS + 1;
    /**
     * An insert of this many rows or more (a club's first read) analyzes the table at once: until autovacuum gets to
     * it the planner would plan for the few rows it last saw.
     */
    private static final int ANALYZE_AFTER = 1_000;

    /**
     * Keeps the rows of members whose version, and whose club's, are still the ones they were judged at, under a
     * share lock until the transaction ends: a writer that moved a version on first is seen (the lock waits for it
     * and then reads the row again), one that comes later waits and deletes these rows after. Parameters: the club,
     * the members, the club and its version, then the rows by column.
     */
    private static final String KEEP = """
            with live as (select account_id, adherence_version from club_member
                          where club_id = ? and account_id = any (?) for share),
            club_now as (select id from club where id = ? and adherence_version = ? for share)
            insert into club_member_week (club_id, account_id, week, sessions, target)
            select (select id from club_now), w.account, date '1970-01-01' + w.day, w.sessions, w.target
            from unnest(cast(? as bigint[]), cast(? as int[]), cast(? as int[]), cast(? as int[]),
                        cast(? as bigint[])) as w (account, day, sessions, target, version)
            join live on live.account_id = w.account and live.adherence_version = w.version
            where exists (select 1 from club_now)
            order by w.account, w.day
            on conflict do nothing""";

    private final AdherenceReader reader;

    KeptWeeksWriter(AdherenceReader reader) {
        this.reader = reader;
    }

    /**
     * Inserts the {@code rows} judged for {@code members} where neither a member's version nor the club's
     * ({@code clubVersion}) has moved on since, then deletes the club's weeks too far before {@code thisWeek} for any
     * read.
     */
    void keep(long clubId, long[] members, long clubVersion, KeptRows rows, LocalDate thisWeek) {
        reader.update(KEEP, clubId, members, clubId, clubVersion, rows.accounts(), rows.days(), rows.sessions(),
                rows.targets(), rows.versions());
        reader.update("delete from club_member_week where club_id = ? and week < ?", clubId,
                thisWeek.minusWeeks(KEEP_WEEKS));
        if (rows.size() >= ANALYZE_AFTER) {
            reader.update("analyze club_member_week");
        }
    }
}
