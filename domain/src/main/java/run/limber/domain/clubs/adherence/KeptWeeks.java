package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Members' weeks kept once judged, one row per member and week in {@code club_member_week} (V12): a row there is
 * right, since V12's triggers delete what a write makes wrong. A read counts or ranks, in SQL, every member in scope
 * whose weeks read are all kept, and judges the rest again with the dashboard's members query, keeping what it found
 * with {@link KeptWeeksWriter}; after a session only its member is judged again. When some are not kept, four more
 * statements: the club's version, its assignments, the members query and the writer's insert (and its pruning of weeks
 * no read reaches).
 */
@ApplicationScoped
class KeptWeeks {

    /**
     * Per week read, the kept rows of the scope's members: how many, how many targeted, how many met. Parameters:
     * the club, the first and the last week, then the group's id when the scope has one.
     */
    private static final String WEEKS = """
            select w.week - date '1970-01-01', count(*) filter (where w.target > 0),
                   count(*) filter (where w.target > 0 and w.sessions >= w.target), count(*)
            from club_member_week w
            where w.club_id = ? and w.week between ? and ? %s
            group by w.week""";

    /** Narrows {@link #WEEKS} and {@link #COMPLETE} to a group's members. */
    private static final String IN_GROUP = """
            and w.account_id in (select g.account_id from club_group_member g
                                 where g.group_id = ? and g.club_id = w.club_id)""";

    /**
     * The same, counting only members with every week read kept; then the scope's other members, one a row. Read
     * when {@link #WEEKS} finds weeks short, as one statement so that both parts see the same rows, and without a join
     * the planner could misjudge: each member's weeks become two bit sets (bit i: i weeks before this one; 52 weeks
     * fit a bigint), counted per bit. Parameters: this week twice, {@link #WEEKS}'s, the number of weeks twice, the
     * scope's, the number of weeks.
     */
    private static final String COMPLETE = """
            with member as (
                select w.account_id, count(*) as kept,
                       bit_or(case when w.target > 0
                                   then 1::bigint << ((cast(? as date) - w.week) / 7) else 0 end) as targeted,
                       bit_or(case when w.target > 0 and w.sessions >= w.target
                                   then 1::bigint << ((cast(? as date) - w.week) / 7) else 0 end) as met
                from club_member_week w
                where w.club_id = ? and w.week between ? and ? %s
                group by w.account_id)
            select i, count(*) filter (where (targeted >> i) & 1 = 1), count(*) filter (where (met >> i) & 1 = 1), null
            from member cross join generate_series(0, ? - 1) i
            where kept = ?
            group by i
            union all
            select null, null, null, cm.account_id
            from club_member cm join account acc on acc.id = cm.account_id
            where %s and cm.account_id not in (select account_id from member where kept = ?)""";

    /**
     * Per member in scope: how many of the weeks read are kept, this week's sessions and target, and the streak as
     * {@link AdherenceWeeks#streak} counts it, the met weeks since the last week missed before this one. Parameters:
     * this week three times, the club, the first and the last week, the scope's.
     */
    private static final String RANKS = """
            select cm.account_id, acc.display_name, coalesce(x.kept, 0), x.sessions, x.target, x.streak
            from club_member cm
            join account acc on acc.id = cm.account_id
            left join (
                select w.account_id, count(*) as kept, max(w.sessions) filter (where w.week = ?) as sessions,
                       max(w.target) filter (where w.week = ?) as target,
                       count(*) filter (where w.target > 0 and w.sessions >= w.target
                                          and w.week > coalesce(w.last_missed, '-infinity')) as streak
                from (select v.*, max(v.week) filter (where v.week < ? and v.target > 0 and v.sessions < v.target)
                                      over (partition by v.account_id) as last_missed
                      from club_member_week v where v.club_id = ? and v.week between ? and ?) w
                group by w.account_id) x on x.account_id = cm.account_id
            where %s""";

    private final AdherenceReader reader;
    private final KeptWeeksWriter writer;

    KeptWeeks(AdherenceReader reader, KeptWeeksWriter writer) {
        this.reader = reader;
        this.writer = writer;
    }

    /**
     * Per week of the {@code count} from {@code thisWeek} back, newest first, the members of the club or group asked
     * for sessions and those who met it. When every member has every week kept: two statements, the members' count
     * and the weeks.
     */
    List<WeekSummary> summary(long clubId, Long groupId, LocalDate thisWeek, int count) {
        var scope = new MemberScope(clubId, groupId, null);
        long members = reader.count(scope);
        int[] targeted = new int[count];
        int[] met = new int[count];
        var found = new long[] {0};
        var weeks = weeksParameters(scope, thisWeek, count);
        reader.query(WEEKS.formatted(groupId == null ? "" : IN_GROUP), weeks.toArray(), 0, rs -> {
            int i = (int) ChronoUnit.WEEKS.between(LocalDate.ofEpochDay(rs.getLong(1)), thisWeek);
            targeted[i] = rs.getInt(2);
            met[i] = rs.getInt(3);
            found[0] += rs.getLong(4) == members ? 1 : 0;
        });
        if (members > 0 && found[0] < count) {
            Arrays.fill(targeted, 0);
            Arrays.fill(met, 0);
            var missing = new ArrayList<Long>();
            var parameters = new ArrayList<Object>(List.of(thisWeek, thisWeek));
            parameters.addAll(weeks);
            parameters.addAll(List.of(count, count));
            parameters.addAll(List.of(scope.parameters()));
            parameters.add(count);
            reader.query(COMPLETE.formatted(groupId == null ? "" : IN_GROUP, scope.condition()),
                    parameters.toArray(), 0, rs -> {
                        if (rs.getObject(1) == null) {
                            missing.add(rs.getLong(4));
                            return;
                        }
                        targeted[rs.getInt(1)] = rs.getInt(2);
                        met[rs.getInt(1)] = rs.getInt(3);
                    });
            judgeAndKeep(clubId, missing, thisWeek, count, member -> {
                for (int i = 0; i < count; i++) {
                    var status = member.weeks().get(i).status();
                    targeted[i] += status == null ? 0 : 1;
                    met[i] += status == WeekStatus.MET ? 1 : 0;
                }
            });
        }
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
        var parameters = new ArrayList<Object>(List.of(thisWeek, thisWeek, thisWeek, scope.clubId(),
                thisWeek.minusWeeks(count - 1L), thisWeek));
        parameters.addAll(List.of(scope.parameters()));
        reader.query(RANKS.formatted(scope.condition()), parameters.toArray(), 500, rs -> {
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

    /** {@link #WEEKS}'s parameters. */
    private static List<Object> weeksParameters(MemberScope scope, LocalDate thisWeek, int count) {
        var parameters = new ArrayList<Object>(List.of(scope.clubId(), thisWeek.minusWeeks(count - 1L), thisWeek));
        if (scope.groupId() != null) {
            parameters.add(scope.groupId());
        }
        return parameters;
    }

    /**
     * Judges the members given with the members query and keeps their weeks. The club's version is read before its
     * assignments, so an assignment changed in between leaves the club's version moved on and nothing is kept.
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
        writer.keep(clubId, scope.accounts(), clubVersion, rows, thisWeek);
    }
}
