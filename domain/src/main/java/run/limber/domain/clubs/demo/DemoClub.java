package run.limber.domain.clubs.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import run.limber.domain.accounts.AccountSettings;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.routines.RoutinePins;

/**
 * In demo mode, {@link DemoAccounts#COACH} owns Riverside Runners: the demo runner and thirty demo-only members in two
 * groups, {@value #ROUTINE} assigned to the Marathon group on Monday, Wednesday and Friday before a run, and a few
 * weeks of sessions. Made once, after the demo accounts and the seed content; an advisory lock lets only one of two
 * instances starting together make it.
 */
@ApplicationScoped
class DemoClub {

    static final String NAME = "Riverside Runners";
    static final String ROUTINE = "ten-minute-mobility";
    /** A fixed join code, so the README can name the demo's join link. */
    static final String JOIN_CODE = "RVRSDRNNRS";
    private static final long LOCK = 0x4c696d6265724443L; // "LimberDC"
    private static final Logger LOG = Logger.getLogger(DemoClub.class);

    private final EntityManager entities;
    private final RoutinePins pins;
    private final AccountSettings settings;
    private final Clock clock;

    DemoClub(EntityManager entities, RoutinePins pins, AccountSettings settings, Clock clock) {
        this.entities = entities;
        this.pins = pins;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs after the demo accounts and seed content (their observers have the default, earlier, priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) StartupEvent event) {
        if (settings.demoMode() && seedOnce()) {
            LOG.infof("Demo mode: %s owns %s, with %s and %s..%s (password '%s')", DemoAccounts.COACH, NAME,
                    DemoAccounts.RUNNER, DemoMembers.email(1), DemoMembers.email(DemoMembers.COUNT),
                    DemoAccounts.PASSWORD);
        }
    }

    /** Makes the club unless it exists; whether it made it. */
    @Transactional
    boolean seedOnce() {
        entities.createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)").setParameter(1, LOCK)
                .getSingleResult();
        if (!entities.createNativeQuery("select 1 from club where join_code = ?1").setParameter(1, JOIN_CODE)
                .getResultList().isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        LocalDate thisMonday = LocalDate.ofInstant(now, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(
                DayOfWeek.MONDAY));
        Instant joined = thisMonday.minusWeeks(DemoMembers.PAST_WEEKS + 2L).atStartOfDay().toInstant(ZoneOffset.UTC);
        long club = id("""
                insert into club (name, time_zone, description, join_code, created_at) values (?1, 'UTC', ?2, ?3, ?4)
                returning id""", NAME, "Riverside's running club: easy runs on Tuesdays, long runs on Sundays and ten"
                + " minutes of mobility before the runs in between.", JOIN_CODE, Timestamp.from(joined));
        long coach = account(DemoAccounts.COACH);
        long runner = account(DemoAccounts.RUNNER);
        members(club, coach, runner, Timestamp.from(joined));
        long marathon = group(club, "Marathon group", joined);
        long tuesday = group(club, "Tuesday squad", joined);
        joinGroup(club, marathon, emails(true) + "," + DemoAccounts.RUNNER);
        joinGroup(club, tuesday, emails(false));
        var pin = pins.pinNow(ROUTINE);
        String drills = pin.drillRevisions().entrySet().stream()
                .map(drill -> "\"" + drill.getKey() + "\":" + drill.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        long assignment = id("""
                insert into club_assignment (club_id, group_id, routine_slug, routine_revision_id, drill_revisions,
                    days, context, starts_on, weekly_target, created_by, created_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), cast(array[1, 3, 5] as smallint[]), 'BEFORE_RUN', ?6, ?7, ?8, ?9) returning id""",
                club, marathon, ROUTINE, pin.routineRevisionId(), drills,
                thisMonday.minusWeeks(DemoMembers.PAST_WEEKS), DemoMembers.TARGET, coach, Timestamp.from(joined));
        sessions(assignment, thisMonday, now);
        return true;
    }

    /** The owner, the demo runner, and the demo-only members (made here, with the demo password's hash). */
    private void members(long club, long coach, long runner, Timestamp joined) {
        entities.unwrap(Session.class).doWork(connection -> {
            try (var account = connection.prepareStatement("""
                    insert into account (email, display_name, time_zone, password_hash, created_at)
                    select ?, ?, 'UTC', password_hash, ? from account where email = ?
                    on conflict (email) do nothing""")) {
                for (int n = 1; n <= DemoMembers.COUNT; n++) {
                    account.setString(1, DemoMembers.email(n));
                    account.setString(2, DemoMembers.name(n));
                    account.setTimestamp(3, joined);
                    account.setString(4, DemoAccounts.RUNNER); // same password: its hash does
                    account.addBatch();
                }
                account.executeBatch();
            }
        });
        String memberEmails = "(select unnest(string_to_array(?1, ',')))";
        entities.createNativeQuery("insert into account_role (account_id, role) select id, 'RUNNER' from account"
                        + " where email in " + memberEmails + " on conflict do nothing")
                .setParameter(1, emails(null)).executeUpdate();
        entities.createNativeQuery("""
                insert into club_member (club_id, account_id, role, joined_at, share_notes, share_ease)
                select ?2, id, case when id = ?3 then 'OWNER' else 'MEMBER' end, ?4, id % 3 = 0, id % 2 = 0
                from account where id in (?3, ?5) or email in""" + " " + memberEmails)
                .setParameter(1, emails(null)).setParameter(2, club).setParameter(3, coach).setParameter(4, joined)
                .setParameter(5, runner).executeUpdate();
    }

    private void sessions(long assignment, LocalDate thisMonday, Instant now) {
        List<Object[]> ids = entities.createNativeQuery("select id, email from account where email in"
                        + " (select unnest(string_to_array(?1, ',')))", Object[].class)
                .setParameter(1, emails(true)).getResultList();
        entities.unwrap(Session.class).doWork(connection -> {
            try (var insert = connection.prepareStatement("""
                    insert into training_session (id, account_id, routine_slug, context, started_at, duration_seconds,
                        created_at, assignment_id)
                    values (gen_random_uuid(), ?, ?, 'BEFORE_RUN', ?, 600, ?, ?)""")) {
                for (Object[] member : ids) {
                    int n = Integer.parseInt(((String) member[1]).substring(6, 8));
                    for (Instant played : DemoMembers.sessions(n, thisMonday, now)) {
                        insert.setLong(1, ((Number) member[0]).longValue());
                        insert.setString(2, ROUTINE);
                        insert.setTimestamp(3, Timestamp.from(played));
                        insert.setTimestamp(4, Timestamp.from(played.plusSeconds(600)));
                        insert.setLong(5, assignment);
                        insert.addBatch();
                    }
                }
                insert.executeBatch();
            }
        });
    }

    private void joinGroup(long club, long group, String emails) {
        entities.createNativeQuery("""
                insert into club_group_member (group_id, club_id, account_id)
                select ?1, ?2, id from account where email in (select unnest(string_to_array(?3, ',')))""")
                .setParameter(1, group).setParameter(2, club).setParameter(3, emails).executeUpdate();
    }

    /**
     * Demo members' addresses, comma-separated: all (null), or those in the Marathon group (true) or the Tuesday
     * squad (false).
     */
    private static String emails(Boolean marathon) {
        return IntStream.rangeClosed(1, DemoMembers.COUNT)
                .filter(n -> marathon == null || (marathon ? DemoMembers.inMarathonGroup(n)
                        : DemoMembers.inTuesdaySquad(n)))
                .mapToObj(DemoMembers::email).collect(Collectors.joining(","));
    }

    private long account(String email) {
        return ((Number) entities.createNativeQuery("select id from account where email = ?1").setParameter(1, email)
                .getSingleResult()).longValue();
    }

    private long group(long club, String name, Instant created) {
        return id("insert into club_group (club_id, name, created_at) values (?1, ?2, ?3) returning id", club, name,
                Timestamp.from(created));
    }

    private long id(String sql, Object... parameters) {
        var query = entities.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
