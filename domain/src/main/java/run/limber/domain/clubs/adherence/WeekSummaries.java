package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The weekly summary of a club or group, kept per week in {@code club_week_summary} (V11). A read takes the weeks it
 * finds there and computes the others with the dashboard's members query, reading sessions from the oldest missing
 * week on, then stores them. A week's figures depend on no clock, so the current week is kept like the others: the
 * V11 triggers delete every week that a write can change, and the claim taken before computing stops a week computed
 * from data that a writer is changing from being stored after that writer's delete. A read that cannot have the
 * claim at once (a writer of the club, or another read storing, holds it) answers from what it computed without
 * storing it. A fixed number of statements: the stored weeks; and when some are missing, the claim, the club's
 * assignments, the members and the insert.
 */
@ApplicationScoped
class WeekSummaries {

    /** The group id stored for the whole club. */
    static final long WHOLE_CLUB = 0;

    private static final String STORED = """
            select week - date '1970-01-01', targeted, met from club_week_summary
            where club_id = ? and group_id = ? and week between ? and ?""";

    private static final String STORE = """
            insert into club_week_summary (club_id, group_id, week, targeted, met, computed_at)
            select ?, ?, date '1970-01-01' + w.day, w.targeted, w.met, now()
            from unnest(cast(? as int[]), cast(? as int[]), cast(? as int[])) as w (day, targeted, met)
            on conflict do nothing""";

    private final AdherenceReader reader;

    WeekSummaries(AdherenceReader reader) {
        this.reader = reader;
    }

    /** The {@code count} weeks from {@code thisWeek} back, newest first, for the whole club or one group. */
    List<WeekSummary> summary(long clubId, Long groupId, LocalDate thisWeek, int count) {
        long group = groupId == null ? WHOLE_CLUB : groupId;
        var found = stored(clubId, group, thisWeek.minusWeeks(count - 1L), thisWeek);
        if (found.size() < count) {
            boolean claimed = reader.single("select club_week_summary_claim(?)", new Object[] {clubId},
                    rs -> rs.getBoolean(1));
            var computed = compute(new MemberScope(clubId, groupId, null), thisWeek, count, found.keySet());
            if (claimed) {
                store(clubId, group, computed);
            }
            found.putAll(computed);
        }
        var summary = new ArrayList<WeekSummary>(count);
        for (int i = 0; i < count; i++) {
            summary.add(found.get(thisWeek.minusWeeks(i)));
        }
        return summary;
    }

    private Map<LocalDate, WeekSummary> stored(long clubId, long group, LocalDate first, LocalDate last) {
        var found = new HashMap<LocalDate, WeekSummary>();
        reader.query(STORED, new Object[] {clubId, group, first, last}, 0, rs -> {
            var week = LocalDate.ofEpochDay(rs.getLong(1));
            found.put(week, WeekSummary.of(week, rs.getInt(2), rs.getInt(3)));
        });
        return found;
    }

    /** The weeks of the {@code count} read that are not {@code known}, from one pass over the members in scope. */
    private Map<LocalDate, WeekSummary> compute(MemberScope scope, LocalDate thisWeek, int count,
                                                Set<LocalDate> known) {
        var weeks = new ClubWeeks(thisWeek, count, count, reader.assignments(scope.clubId()));
        int oldest = count - 1;
        while (known.contains(thisWeek.minusWeeks(oldest))) {
            oldest--;
        }
        // early enough for a session on that Monday in any time zone of the world
        Instant since = thisWeek.minusWeeks(oldest).minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        int[] targeted = new int[count];
        int[] met = new int[count];
        int last = oldest;
        reader.members(scope, since, -1, 0, false, row -> {
            var judged = weeks.judge(row).weeks();
            for (int i = 0; i <= last; i++) {
                var status = judged.get(i).status();
                targeted[i] += status == null ? 0 : 1;
                met[i] += status == WeekStatus.MET ? 1 : 0;
            }
        });
        var computed = new HashMap<LocalDate, WeekSummary>();
        for (int i = 0; i <= oldest; i++) {
            var week = thisWeek.minusWeeks(i);
            if (!known.contains(week)) {
                computed.put(week, WeekSummary.of(week, targeted[i], met[i]));
            }
        }
        return computed;
    }

    private void store(long clubId, long group, Map<LocalDate, WeekSummary> computed) {
        var weeks = computed.values().stream().toList();
        reader.update(STORE, clubId, group,
                weeks.stream().mapToInt(w -> (int) w.week().toEpochDay()).toArray(),
                weeks.stream().mapToInt(WeekSummary::targetedMembers).toArray(),
                weeks.stream().mapToInt(WeekSummary::metMembers).toArray());
    }
}
