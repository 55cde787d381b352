package run.limber.admin.clubs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import run.limber.testing.TestAccounts;

/** People for the coach page tests: fresh accounts with names of their own, put into clubs straight in V10's tables. */
@ApplicationScoped
public class CoachFixture {

    private final EntityManager entities;

    CoachFixture(EntityManager entities) {
        this.entities = entities;
    }

    /** A newly registered account with this display name. */
    public TestAccounts.Account person(String displayName) {
        var account = TestAccounts.register();
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("update account set display_name = ?1 where id = ?2")
                .setParameter(1, displayName).setParameter(2, account.id()).executeUpdate());
        return account;
    }

    @Transactional
    public void join(long club, long account, String role, boolean sharesEmail) {
        entities.createNativeQuery("insert into club_member (club_id, account_id, role, joined_at, share_email)"
                        + " values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, club).setParameter(2, account).setParameter(3, role).setParameter(4, Instant.now())
                .setParameter(5, sharesEmail).executeUpdate();
    }

    /**
     * {@code count} members who joined 14 weeks ago, made straight in the tables (no password anyone can use), all in
     * one new group.
     */
    @Transactional
    public long crowd(long club, int count) {
        long group = ((Number) entities.createNativeQuery("insert into club_group (club_id, name, created_at)"
                + " values (?1, 'Everyone', now()) returning id").setParameter(1, club).getSingleResult()).longValue();
        for (int i = 0; i < count; i++) {
            long account = ((Number) entities.createNativeQuery("insert into account (email, display_name, time_zone,"
                            + " password_hash, created_at) values (?1, ?2, 'Europe/Berlin', 'none', now()) returning id")
                    .setParameter(1, TestAccounts.uniqueEmail())
                    .setParameter(2, "Member with a longish name " + i).getSingleResult()).longValue();
            entities.createNativeQuery("insert into club_member (club_id, account_id, role, joined_at)"
                            + " values (?1, ?2, 'MEMBER', now() - interval '14 weeks')")
                    .setParameter(1, club).setParameter(2, account).executeUpdate();
            entities.createNativeQuery("insert into club_group_member (group_id, club_id, account_id) values (?1, ?2, ?3)")
                    .setParameter(1, group).setParameter(2, club).setParameter(3, account).executeUpdate();
        }
        return group;
    }

    /** The member's sharing choices, as if they had changed them on their membership page. */
    @Transactional
    public void share(long club, long account, boolean notes, boolean ease, boolean pain, boolean selfTests) {
        entities.createNativeQuery("update club_member set share_notes = ?3, share_ease = ?4, share_pain = ?5,"
                        + " share_self_tests = ?6 where club_id = ?1 and account_id = ?2")
                .setParameter(1, club).setParameter(2, account).setParameter(3, notes).setParameter(4, ease)
                .setParameter(5, pain).setParameter(6, selfTests).executeUpdate();
    }

    /** A session of the routine logged now, with a note, an ease of 4 for hip switches and a pain flag. */
    @Transactional
    public void session(long account, String routine, String note) {
        entities.createNativeQuery("insert into training_session (id, account_id, routine_slug, context, started_at,"
                        + " duration_seconds, ratings, pain, note, created_at) values (gen_random_uuid(), ?1, ?2,"
                        + " 'AFTER_RUN', now(), 540, cast(?3 as jsonb), true, ?4, now())")
                .setParameter(1, account).setParameter(2, routine)
                .setParameter(3, "[{\"drill\":\"hip-switches\",\"side\":null,\"ease\":4}]")
                .setParameter(4, note).executeUpdate();
    }

    /** A self-test taken now: knee to wall 9.5 and 12 cm, no hip check. */
    @Transactional
    public void selfTest(long account, String note) {
        entities.createNativeQuery("insert into mobility_assessment (id, account_id, taken_at, knee_to_wall_left_cm,"
                        + " knee_to_wall_right_cm, note, created_at) values (gen_random_uuid(), ?1, now(), 9.5, 12, ?2,"
                        + " now())")
                .setParameter(1, account).setParameter(2, note).executeUpdate();
    }

    @Transactional
    public void leave(long club, long account) {
        entities.createNativeQuery("delete from club_member where club_id = ?1 and account_id = ?2")
                .setParameter(1, club).setParameter(2, account).executeUpdate();
    }

    public String role(long club, long account) {
        return (String) entities.createNativeQuery("select role from club_member where club_id = ?1 and account_id = ?2",
                String.class).setParameter(1, club).setParameter(2, account).getResultStream().findFirst().orElse(null);
    }
}
