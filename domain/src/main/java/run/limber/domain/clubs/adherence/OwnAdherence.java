package run.limber.domain.clubs.adherence;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import run.limber.domain.clubs.ClubAccess;
import run.limber.domain.progress.IsoWeeks;

/**
 * A member's own adherence, per assignment of every club they are in, in their own time zone. Two statements: the
 * assignments targeting the caller, and their counting sessions grouped by assignment and week.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class OwnAdherence {

    /** The assignments targeting a member, directly or through one of their groups; needs {@code cm}. */
    private static final String TARGETING = """
            join club_assignment a on a.club_id = cm.club_id and (a.member_id = cm.account_id or a.group_id in (
                select g.group_id from club_group_member g where g.club_id = cm.club_id and g.account_id = cm.account_id))
            """;

    private final ClubAccess access;
    private final AdherenceReader reader;
    private final Clock clock;

    OwnAdherence(ClubAccess access, AdherenceReader reader, Clock clock) {
        this.access = access;
        this.reader = reader;
        this.clock = clock;
    }

    /** The caller's assignments, by club name, each with the last {@code weekCount} weeks and its streak. */
    @Transactional
    public List<AssignmentAdherence> mine(int weekCount) {
        AdherenceService.checkWeeks(weekCount);
        long me = access.callerId();
        var assignments = new ArrayList<Assignment>();
        var clubNames = new HashMap<Long, String>();
        var joined = new HashMap<Long, LocalDate>();
        var zone = new ZoneId[1];
        reader.query("""
                select a.id, a.club_id, a.routine_slug, a.days, a.starts_on, a.ends_on, a.weekly_target, c.name,
                       cast(cm.joined_at at time zone acc.time_zone as date) - date '1970-01-01', acc.time_zone
                from club_member cm join account acc on acc.id = cm.account_id join club c on c.id = cm.club_id
                """ + TARGETING + " where cm.account_id = ? order by lower(c.name), c.id, a.starts_on, a.id",
                new Object[] {me}, 0, rs -> {
                    var assignment = AdherenceReader.assignment(rs);
                    assignments.add(assignment);
                    clubNames.put(assignment.clubId(), rs.getString(8));
                    joined.put(assignment.clubId(), LocalDate.ofEpochDay(rs.getLong(9)));
                    zone[0] = ZoneId.of(rs.getString(10));
                });
        if (assignments.isEmpty()) {
            return List.of();
        }
        LocalDate thisWeek = IsoWeeks.mondayOf(LocalDate.ofInstant(clock.instant(), zone[0]));
        int horizon = Math.max(weekCount, AdherenceService.STREAK_HORIZON);
        var sessions = sessions(me, thisWeek.minusWeeks(horizon - 1L).minusDays(1));
        var mine = new ArrayList<AssignmentAdherence>(assignments.size());
        for (var assignment : assignments) {
            var weeks = AdherenceWeeks.weeks(thisWeek, horizon, sessions.getOrDefault(assignment.id(), Map.of()),
                    List.of(assignment), joined.get(assignment.clubId()));
            mine.add(new AssignmentAdherence(assignment.id(), assignment.clubId(), clubNames.get(assignment.clubId()),
                    assignment.routine(), assignment.weeklyTarget(), AdherenceWeeks.streak(weeks),
                    weeks.subList(0, weekCount)));
        }
        return mine;
    }

    /** Counting sessions per assignment and week (Monday); a session may count towards several assignments. */
    private Map<Long, Map<LocalDate, Integer>> sessions(long me, LocalDate since) {
        var counts = new HashMap<Long, Map<LocalDate, Integer>>();
        reader.query("""
                select a.id, cast(date_trunc('week', s.started_at at time zone acc.time_zone) as date)
                       - date '1970-01-01', count(*)
                from club_member cm join account acc on acc.id = cm.account_id
                """ + TARGETING + """
                join training_session s on s.account_id = cm.account_id and s.routine_slug = a.routine_slug
                    and s.started_at >= ?
                    and cast(s.started_at at time zone acc.time_zone as date)
                        between a.starts_on and coalesce(a.ends_on, 'infinity')
                where cm.account_id = ?
                group by 1, 2""", new Object[] {since.atStartOfDay(ZoneOffset.UTC).toOffsetDateTime(), me}, 0,
                rs -> counts.computeIfAbsent(rs.getLong(1), id -> new HashMap<>())
                        .put(LocalDate.ofEpochDay(rs.getLong(2)), rs.getInt(3)));
        return counts;
    }
}
