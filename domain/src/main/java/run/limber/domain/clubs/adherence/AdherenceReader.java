package run.limber.domain.clubs.adherence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The adherence read model in SQL, over plain JDBC so rows stream with a cursor. Reads the clubs' tables (fixed in
 * V10) directly. Callers hold a transaction: PostgreSQL streams with a fetch size only outside auto-commit.
 */
@ApplicationScoped
class AdherenceReader {

    /** Rows fetched per round trip while streaming a whole club. */
    private static final int FETCH_SIZE = 500;

    /**
     * A session counts when an assignment targeting its member has its routine and its day, in the member's time
     * zone, lies within the assignment's dates: one lookup in the member's days per routine ({@code t}), so no table
     * is read per session.
     */
    private static final String COUNTS = """
            (t.ranges[array_position(t.routines, %1$s.routine_slug)]) @> cast(%2$s as date)""";

    /**
     * The members are chosen (and paged) first, in a subquery the planner keeps apart, so the per-member lateral
     * reads run for those members only: their assignments by index, their counting sessions since the first week
     * read (from the {@code (account_id, started_at) include (routine_slug)} index alone), and their last counting
     * session, looked for further back only when there is none in those weeks (and only when asked for).
     */
    private static final String MEMBERS = """
            select m.account_id, m.display_name, m.email,
                   cast(m.joined_at at time zone m.time_zone as date) - date '1970-01-01', t.ids, w.days, w.counts,
                   %2$s, m.adherence_version
            from (
                select cm.club_id, cm.account_id, cm.joined_at, cm.adherence_version, acc.display_name, acc.time_zone,
                       case when cm.share_email then acc.email end as email
                from club_member cm join account acc on acc.id = cm.account_id
                where %3$s
                order by lower(acc.display_name), cm.account_id
                %4$s) m
            cross join lateral (
                with y as (
                    select a.id, a.routine_slug, a.starts_on, a.ends_on from club_assignment a
                    where a.club_id = m.club_id and a.member_id = m.account_id
                    union all
                    select a.id, a.routine_slug, a.starts_on, a.ends_on
                    from club_group_member g join club_assignment a on a.group_id = g.group_id
                    where g.club_id = m.club_id and g.account_id = m.account_id)
                select (select coalesce(array_agg(y.id), '{}') from y) as ids,
                       array_agg(r.routine_slug) as routines, array_agg(r.days) as ranges
                from (select y.routine_slug, range_agg(daterange(y.starts_on, y.ends_on, '[]')) as days
                      from y group by y.routine_slug) r) t
            cross join lateral (
                select array_agg(y.day) as days, array_agg(y.n) as counts, max(y.last) as last from (
                    select cast(date_trunc('week', z.local) as date) - date '1970-01-01' as day, count(*) as n,
                           max(z.started_at) as last
                    from (select s.started_at, s.routine_slug, s.started_at at time zone m.time_zone as local
                          from training_session s where s.account_id = m.account_id and s.started_at >= ?) z
                    where %1$s
                    group by 1) y) w
            order by lower(m.display_name), m.account_id""";

    private final DataSource data;

    AdherenceReader(DataSource data) {
        this.data = data;
    }

    /** The club's time zone. */
    String timeZone(long clubId) {
        return single("select time_zone from club where id = ?", new Object[] {clubId}, rs -> rs.getString(1));
    }

    /**
     * The version of the club's assignments that rows kept from now on are computed at (V12); read before the
     * assignments, so a change in between leaves them marked with a version already gone.
     */
    long clubVersion(long clubId) {
        return single("select adherence_version from club where id = ?", new Object[] {clubId}, rs -> rs.getLong(1));
    }

    boolean groupInClub(long groupId, long clubId) {
        return single("select count(*) from club_group where id = ? and club_id = ?", new Object[] {groupId, clubId},
                rs -> rs.getLong(1)) > 0;
    }

    /** Every assignment of the club by id: a club has tens, not thousands. */
    Map<Long, Assignment> assignments(long clubId) {
        var found = new LinkedHashMap<Long, Assignment>();
        query("""
                select id, club_id, routine_slug, days, starts_on, ends_on, weekly_target
                from club_assignment where club_id = ?""", new Object[] {clubId}, 0, rs -> {
            var assignment = assignment(rs);
            found.put(assignment.id(), assignment);
        });
        return found;
    }

    long count(MemberScope scope) {
        return single("select count(*) from club_member cm join account acc on acc.id = cm.account_id where "
                + scope.condition(), scope.parameters(), rs -> rs.getLong(1));
    }

    /**
     * The members in scope, by name, each with their counting sessions per week since {@code since}: one statement,
     * streamed, whatever the number of members and weeks.
     *
     * @param limit       at most this many, or all when negative
     * @param lastSession whether to look back past {@code since} for the last counting session of a member who has
     *                    none since; otherwise it is null for them
     */
    void members(MemberScope scope, Instant since, int limit, int offset, boolean lastSession,
                 Consumer<MemberRow> each) {
        var parameters = new ArrayList<>(Arrays.asList(scope.parameters()));
        if (limit >= 0) {
            parameters.add(limit);
            parameters.add(offset);
        }
        parameters.add(OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        String last = !lastSession ? "w.last" : """
                coalesce(w.last, (select s.started_at from training_session s
                                  where s.account_id = m.account_id and %s
                                  order by s.started_at desc limit 1))"""
                .formatted(COUNTS.formatted("s", "s.started_at at time zone m.time_zone"));
        String sql = MEMBERS.formatted(COUNTS.formatted("z", "z.local"), last, scope.condition(),
                limit >= 0 ? "limit ? offset ?" : "");
        query(sql, parameters.toArray(), limit >= 0 ? 0 : FETCH_SIZE, rs -> each.accept(member(rs)));
    }

    static Assignment assignment(ResultSet rs) throws SQLException {
        var days = Arrays.stream(numbers(rs.getArray(4))).map(day -> DayOfWeek.of(day.intValue()))
                .collect(Collectors.toSet());
        return new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3), days,
                rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getInt(7));
    }

    private static MemberRow member(ResultSet rs) throws SQLException {
        var ids = Arrays.stream(numbers(rs.getArray(5))).map(Number::longValue).toList();
        var sessions = new HashMap<LocalDate, Integer>();
        Number[] days = numbers(rs.getArray(6));
        Number[] counts = numbers(rs.getArray(7));
        for (int i = 0; i < days.length; i++) {
            sessions.put(LocalDate.ofEpochDay(days[i].longValue()), counts[i].intValue());
        }
        var last = rs.getObject(8, OffsetDateTime.class);
        return new MemberRow(rs.getLong(1), rs.getString(2), rs.getString(3), LocalDate.ofEpochDay(rs.getLong(4)),
                ids, sessions, last == null ? null : last.toInstant(), rs.getLong(9));
    }

    private static Number[] numbers(Array array) throws SQLException {
        return array == null ? new Number[0] : (Number[]) array.getArray();
    }

    interface Rows {
        void next(ResultSet rs) throws SQLException;
    }

    interface Value<T> {
        T of(ResultSet rs) throws SQLException;
    }

    /** Runs a statement and hands each row on as it arrives. */
    void query(String sql, Object[] parameters, int fetchSize, Rows rows) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.setFetchSize(fetchSize);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.next(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("adherence query failed: " + e.getMessage(), e);
        }
    }

    /** Runs an insert, update or delete; returns the rows it changed. */
    int update(String sql, Object... parameters) {
        try (Connection connection = data.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("adherence update failed: " + e.getMessage(), e);
        }
    }

    <T> T single(String sql, Object[] parameters, Value<T> value) {
        var found = new ArrayList<T>(1);
        query(sql, parameters, 0, rs -> found.add(value.of(rs)));
        return found.getFirst();
    }
}
