package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Members' weeks kept once judged, one row per member and week in {@code club_member_week} (V12). A read takes every
 * member in scope whose weeks are all kept and still valid (computed at their member's and club's current versions),
 * and judges the rest again with the dashboard's members query, keeping what it found. After a session only its
 * member is judged again. Three statements when every week is kept: the club's version, its assignments and the kept
 * rows; and when some are not, the members query and the insert.
 */
@ApplicationScoped
class KeptWeeks {

    /** Kept weeks are never read once this far in the past; a read prunes them. */
    private static final int KEEP_WEEKS = AdherenceService.MAX_WEEKS + 1;

    /** Every member in scope, with their kept rows of the weeks read (null when there are none). */
    private static final String KEPT = """
            select cm.account_id, acc.display_name,
                   array_agg(w.week - date '1970-01-01' order by w.week desc) filter (where w.week is not null),
                   array_agg(w.sessions order by w.week desc) filter (where w.week is not null),
                   array_agg(w.target order by w.week desc) filter (where w.week is not null)
            from club_member cm
            join account acc on acc.id = cm.account_id
            join club c on c.id = cm.club_id
            left join club_member_week w on w.club_id = cm.club_id and w.account_id = cm.account_id
                and w.week between ? and ? and w.member_version = cm.adherence_version
                and w.club_version = c.adherence_version
            where %s
            group by cm.account_id, acc.display_name""";

    /**
     * Keeps rows of members still in the club, locking them against leaving until the transaction ends (so the
     * foreign key holds); a row is only replaced by one computed at versions no older.
     */
    private static final String KEEP = """
            with live as (select account_id from club_member where club_id = ? and account_id = any (?) for key share)
            insert into club_member_week (club_id, account_id, week, sessions, target, member_version, club_version)
            select ?, w.account, date '1970-01-01' + w.day, w.sessions, w.target, w.version, ?
            from unnest(cast(? as bigint[]), cast(? as int[]), cast(? as int[]), cast(? as int[]),
                        cast(? as bigint[])) as w (account, day, sessions, target, version)
            where w.account in (select account_id from live)
            order by w.account, w.day
            on conflict (club_id, week, account_id) do update
            set sessions = excluded.sessions, target = excluded.target, member_version = excluded.member_version,
                club_version = excluded.club_version
            where club_member_week.member_version <= excluded.member_version
              and club_member_week.club_version <= excluded.club_version""";

    private final AdherenceReader reader;

    KeptWeeks(AdherenceReader reader) {
        this.reader = reader;
    }

    /**
     * Each member in scope with their {@code count} weeks from {@code thisWeek} back, newest first. Only the weeks,
     * streak and name are filled in: no email and no last session.
     */
    void each(MemberScope scope, LocalDate thisWeek, int count, Consumer<MemberAdherence> each) {
        long clubVersion = reader.clubVersion(scope.clubId());
        var weeks = new ClubWeeks(thisWeek, count, count, reader.assignments(scope.clubId()));
        var missing = new ArrayList<Long>();
        var parameters = new ArrayList<Object>(List.of(thisWeek.minusWeeks(count - 1L), thisWeek));
        parameters.addAll(List.of(scope.parameters()));
        reader.query(KEPT.formatted(scope.condition()), parameters.toArray(), 500, rs -> {
            var days = (Number[]) (rs.getArray(3) == null ? null : rs.getArray(3).getArray());
            if (days == null || days.length < count) {
                missing.add(rs.getLong(1));
                return;
            }
            var sessions = (Number[]) rs.getArray(4).getArray();
            var targets = (Number[]) rs.getArray(5).getArray();
            var kept = new ArrayList<AdherenceWeek>(count);
            for (int i = 0; i < count; i++) {
                int target = targets[i].intValue();
                int done = sessions[i].intValue();
                kept.add(new AdherenceWeek(LocalDate.ofEpochDay(days[i].longValue()), done, target,
                        target == 0 ? null : WeekStatus.of(done, target, i == 0)));
            }
            each.accept(new MemberAdherence(rs.getLong(1), rs.getString(2), null, AdherenceWeeks.streak(kept),
                    null, kept));
        });
        if (!missing.isEmpty()) {
            judgeAndKeep(scope.clubId(), missing, weeks, clubVersion, each);
        }
    }

    private void judgeAndKeep(long clubId, List<Long> missing, ClubWeeks weeks, long clubVersion,
                              Consumer<MemberAdherence> each) {
        var rows = new KeptRows(missing.size() * weeks.horizon());
        var scope = MemberScope.accounts(clubId, missing.stream().mapToLong(Long::longValue).toArray());
        reader.members(scope, weeks.since(), -1, 0, false, row -> {
            var judged = weeks.judge(row);
            rows.add(row.accountId(), row.version(), judged.weeks());
            each.accept(new MemberAdherence(judged.accountId(), judged.displayName(), null, judged.streakWeeks(),
                    null, judged.weeks()));
        });
        reader.update(KEEP, clubId, scope.accounts(), clubId, clubVersion, rows.accounts(), rows.days(),
                rows.sessions(), rows.targets(), rows.versions());
        reader.update("delete from club_member_week where club_id = ? and week < ?", clubId,
                weeks.thisWeek().minusWeeks(KEEP_WEEKS));
    }
}
