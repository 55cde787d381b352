package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Members' weeks kept once judged, one row per member and week in {@code club_member_week} (V12). A read counts or
 * ranks, in SQL, every member in scope whose weeks are all kept and still valid (computed at their member's and
 * club's current versions), and judges the rest again with the dashboard's members query, keeping what it found; after
 * a session only its member is judged again. One statement when every week is kept; when some are not, four more: the
 * club's version, its assignments, the members query and the insert (and the pruning of weeks no read reaches).
 */
@ApplicationScoped
class KeptWeeks {

    /** Kept weeks are never read once this far in the past; a read prunes them. */
    private static final int KEEP_WEEKS = AdherenceService.MAX_WEEKS + 1;

    /**
     * The members in scope ({@code m}) and their kept rows of the weeks read that are still valid ({@code k}).
     * Parameters: the scope's, the club, the first and the last week.
     */
    private static final String KEPT = """
            with m as (select cm.account_id, acc.display_name, cm.adherence_version as version
                       from club_member cm join account acc on acc.id = cm.account_id
                       where %s),
            k as (select w.account_id, w.week, w.sessions, w.target
                  from club_member_week w join m on m.account_id = w.account_id and w.member_version = m.version
                  where w.club_id = ? and w.week between ? and ?
                    and w.club_version = (select adherence_version from club where id = w.club_id))
            """;

    /**
     * Per week, members targeted and members who met it, of the members with every week kept; then the ids of the
     * others, one a row. Parameters: {@link #KEPT}'s, the number of weeks.
     */
    private static final String SUMMARY = KEPT + """
            , complete as (select account_id from k group by account_id having count(*) = ?)
            select week - date '1970-01-01', count(*) filter (where target > 0),
                   count(*) filter (where target > 0 and sessions >= target), null
            from k where account_id in (select account_id from complete) group by week
            union all
            select null, null, null, account_id from m where account_id not in (select account_id from complete)""";

    /**
     * Per member in scope: name, weeks kept, this week's sessions and target, and the streak as
     * {@link AdherenceWeeks#streak} counts it: the met weeks since the last week missed before this one. Parameters:
     * {@link #KEPT}'s, then this week three times.
     */
    private static final String RANKS = KEPT + """
            , missed as (select k.*, max(k.week) filter (where k.week < ? and k.target > 0 and k.sessions < k.target)
                                     over (partition by k.account_id) as last_missed
                         from k)
            select m.account_id, m.display_name, count(x.week), max(x.sessions) filter (where x.week = ?),
                   max(x.target) filter (where x.week = ?),
                   count(*) filter (where x.target > 0 and x.sessions >= x.target
                                      and x.week > coalesce(x.last_missed, '-infinity'))
            from m left join missed x on x.account_id = m.account_id
            group by m.account_id, m.display_name""";

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

    /** Per week of the {@code count} from {@code thisWeek} back, newest first: members asked for sessions and met. */
    List<WeekSummary> summary(MemberScope scope, LocalDate thisWeek, int count) {
        int[] targeted = new int[count];
        int[] met = new int[count];
        var missing = new ArrayList<Long>();
        reader.query(SUMMARY.formatted(scope.condition()), parameters(scope, thisWeek, count, count), 0, rs -> {
            if (rs.getObject(1) == null) {
                missing.add(rs.getLong(4));
                return;
            }
            int i = (int) ChronoUnit.WEEKS.between(LocalDate.ofEpochDay(rs.getLong(1)), thisWeek);
            targeted[i] = rs.getInt(2);
            met[i] = rs.getInt(3);
        });
        judgeAndKeep(scope.clubId(), missing, thisWeek, count, member -> {
            for (int i = 0; i < count; i++) {
                var status = member.weeks().get(i).status();
                targeted[i] += status == null ? 0 : 1;
                met[i] += status == WeekStatus.MET ? 1 : 0;
            }
        });
        var summary = new ArrayList<WeekSummary>(count);
        for (int i = 0; i < count; i++) {
            summary.add(WeekSummary.of(thisWeek.minusWeeks(i), targeted[i], met[i]));
        }
        return summary;
    }

    /**
     * Each member in scope as far as ranking needs: name, streak over the {@code count} weeks from {@code thisWeek}
     * back, and this week alone; no email and no last session.
     */
    void rank(MemberScope scope, LocalDate thisWeek, int count, Consumer<MemberAdherence> each) {
        var missing = new ArrayList<Long>();
        var parameters = parameters(scope, thisWeek, count, thisWeek, thisWeek, thisWeek);
        reader.query(RANKS.formatted(scope.condition()), parameters, 500, rs -> {
            if (rs.getInt(3) < count) {
                missing.add(rs.getLong(1));
                return;
            }
            int sessions = rs.getInt(4);
            int target = rs.getInt(5);
            var week = new AdherenceWeek(thisWeek, sessions, target,
                    target == 0 ? null : WeekStatus.of(sessions, target, true));
            each.accept(new MemberAdherence(rs.getLong(1), rs.getString(2), null, rs.getInt(6), null, List.of(week)));
        });
        judgeAndKeep(scope.clubId(), missing, thisWeek, count, member -> each.accept(new MemberAdherence(
                member.accountId(), member.displayName(), null, member.streakWeeks(), null,
                member.weeks().subList(0, 1))));
    }

    private static Object[] parameters(MemberScope scope, LocalDate thisWeek, int count, Object... more) {
        var parameters = new ArrayList<>(List.of(scope.parameters()));
        parameters.addAll(List.of(scope.clubId(), thisWeek.minusWeeks(count - 1L), thisWeek));
        parameters.addAll(List.of(more));
        return parameters.toArray();
    }

    /**
     * Judges the members given with the members query and keeps their weeks. The club's version is read before its
     * assignments, so an assignment changed in between leaves the rows marked with a version already gone.
     */
    private void judgeAndKeep(long clubId, List<Long> missing, LocalDate thisWeek, int count,
                              Consumer<MemberAdherence> each) {
        if (missing.isEmpty()) {
            return;
        }
        long clubVersion = reader.clubVersion(clubId);
        var weeks = new ClubWeeks(thisWeek, count, count, reader.assignments(clubId));
        var rows = new KeptRows(missing.size() * count);
        var scope = MemberScope.accounts(clubId, missing.stream().mapToLong(Long::longValue).toArray());
        reader.members(scope, weeks.since(), -1, 0, false, row -> {
            var judged = weeks.judge(row);
            rows.add(row.accountId(), row.version(), judged.weeks());
            each.accept(judged);
        });
        reader.update(KEEP, clubId, scope.accounts(), clubId, clubVersion, rows.accounts(), rows.days(),
                rows.sessions(), rows.targets(), rows.versions());
        reader.update("delete from club_member_week where club_id = ? and week < ?", clubId,
                thisWeek.minusWeeks(KEEP_WEEKS));
    }
}
