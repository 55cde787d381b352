package run.limber.domain.clubs.adherence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;
import run.limber.domain.progress.IsoWeeks;

/**
 * Clubs, members, groups, assignments and sessions written straight into the V10 tables, so adherence is tested
 * without the club and assignment use cases. Each call commits on its own.
 */
public final class AdherenceFixture {

    /** Joined long before any week a test looks at. */
    private static final String LONG_AGO = "2020-01-01T00:00:00Z";

    private final EntityManager entities;

    public AdherenceFixture(EntityManager entities) {
        this.entities = entities;
    }

    /** The Monday of the current ISO week in UTC. */
    public static LocalDate thisMonday() {
        return IsoWeeks.mondayOf(LocalDate.now(ZoneOffset.UTC));
    }

    public long club(String name, String timeZone) {
        return id("insert into club (name, time_zone, created_at) values (?1, ?2, now()) returning id", name, timeZone);
    }

    /** An account that never signs in. */
    public long account(String displayName, String timeZone) {
        return id("""
                insert into account (email, display_name, time_zone, password_hash, created_at)
                values (?1, ?2, ?3, 'never signs in', now()) returning id""",
                "member-" + UUID.randomUUID().toString().substring(0, 13) + "@test.limber.run", displayName, timeZone);
    }

    public void timeZone(long accountId, String timeZone) {
        run("update account set time_zone = ?2 where id = ?1", accountId, timeZone);
    }

    public void displayName(long accountId, String name) {
        run("update account set display_name = ?2 where id = ?1", accountId, name);
    }

    public void join(long clubId, long accountId, String role, boolean shareEmail) {
        run("""
                insert into club_member (club_id, account_id, role, joined_at, share_email)
                values (?1, ?2, ?3, cast(?4 as timestamptz), ?5)""", clubId, accountId, role, LONG_AGO, shareEmail);
    }

    public void wantsDigest(long clubId, long accountId, boolean wants) {
        run("update club_member set wants_digest = ?3 where club_id = ?1 and account_id = ?2", clubId, accountId, wants);
    }

    public long group(long clubId, String name, long... members) {
        long group = id("insert into club_group (club_id, name, created_at) values (?1, ?2, now()) returning id",
                clubId, name);
        for (long member : members) {
            run("insert into club_group_member (group_id, club_id, account_id) values (?1, ?2, ?3)", group, clubId,
                    member);
        }
        return group;
    }

    /** An assignment to a group (memberId null) or to one member (groupId null). */
    public long assignment(long clubId, Long groupId, Long memberId, String routine, LocalDate startsOn,
                           LocalDate endsOn, int weeklyTarget, DayOfWeek... days) {
        String isoDays = Arrays.stream(days).map(d -> Integer.toString(d.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        // nulls are written into the statement: an untyped null parameter has no column type to bind to
        return id("""
                insert into club_assignment (club_id, group_id, member_id, routine_slug, routine_revision_id,
                    drill_revisions, days, context, starts_on, ends_on, weekly_target, created_at)
                values (?1, %s, %s, ?2, (select min(id) from content_revision), '{}', cast(?3 as smallint[]),
                    'BEFORE_RUN', ?4, %s, ?5, now()) returning id""".formatted(groupId, memberId,
                        endsOn == null ? "null" : "date '" + endsOn + "'"),
                clubId, routine, isoDays, startsOn, weeklyTarget);
    }

    public UUID session(long accountId, String routine, Instant startedAt) {
        var id = UUID.randomUUID();
        run("""
                insert into training_session (id, account_id, routine_slug, context, started_at, duration_seconds,
                    created_at) values (?1, ?2, ?3, 'BEFORE_RUN', ?4, 600, now())""",
                id, accountId, routine, startedAt);
        return id;
    }

    public void deleteSession(UUID id) {
        run("delete from training_session where id = ?1", id);
    }

    public void endAssignment(long assignmentId, LocalDate endsOn) {
        run("update club_assignment set ends_on = ?2, version = version + 1 where id = ?1", assignmentId, endsOn);
    }

    public void reschedule(long assignmentId, int weeklyTarget, DayOfWeek... days) {
        String isoDays = Arrays.stream(days).map(d -> Integer.toString(d.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
        run("update club_assignment set days = cast(?2 as smallint[]), weekly_target = ?3, version = version + 1"
                + " where id = ?1", assignmentId, isoDays, weeklyTarget);
    }

    public void addToGroup(long clubId, long groupId, long accountId) {
        run("insert into club_group_member (group_id, club_id, account_id) values (?1, ?2, ?3)", groupId, clubId,
                accountId);
    }

    public void leave(long clubId, long accountId) {
        run("delete from club_member where club_id = ?1 and account_id = ?2", clubId, accountId);
    }

    /** How many member weeks of the club are kept (club_member_week). */
    public long keptWeeks(long clubId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) bind(
                "select count(*) from club_member_week where club_id = ?1", clubId).getSingleResult()).longValue());
    }

    /** How many members the club has, coaches and owner included. */
    public long members(long clubId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) bind(
                "select count(*) from club_member where club_id = ?1", clubId).getSingleResult()).longValue());
    }

    /** How many weeks of the member are kept in the club. */
    public long keptWeeks(long clubId, long accountId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) bind(
                "select count(*) from club_member_week where club_id = ?1 and account_id = ?2", clubId, accountId)
                .getSingleResult()).longValue());
    }

    /** Drops the club's kept weeks, so the next read judges every member again. */
    public void forgetKept(long clubId) {
        run("delete from club_member_week where club_id = ?1", clubId);
    }

    /** Overwrites a kept week's sessions, so a test can tell a kept week from a judged one. */
    public void tamperWithKeptWeek(long clubId, long accountId, LocalDate week, int sessions) {
        run("update club_member_week set sessions = ?4 where club_id = ?1 and account_id = ?2 and week = ?3", clubId,
                accountId, week, sessions);
    }

    /** {@code count} sessions on the given day at noon UTC. */
    public void sessions(long accountId, String routine, LocalDate day, int count) {
        for (int i = 0; i < count; i++) {
            session(accountId, routine, day.atTime(12, i).toInstant(ZoneOffset.UTC));
        }
    }

    private long id(String sql, Object... parameters) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) bind(sql, parameters).getSingleResult()).longValue());
    }

    private void run(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> bind(sql, parameters).executeUpdate());
    }

    private jakarta.persistence.Query bind(String sql, Object... parameters) {
        var query = entities.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }
}
