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

    public String role(long club, long account) {
        return (String) entities.createNativeQuery("select role from club_member where club_id = ?1 and account_id = ?2",
                String.class).setParameter(1, club).setParameter(2, account).getResultStream().findFirst().orElse(null);
    }
}
