package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebSessionsTest {

    @Inject
    WebSessions sessions;

    @Inject
    AccountService accountService;

    @Inject
    EntityManager entityManager;

    @Test
    void aSessionNamesItsAccountUntilItEnds() {
        var account = newAccount();
        String token = sessions.start(account.id());

        var resolved = sessions.resolve(token).orElseThrow();
        assertEquals(account.id(), resolved.accountId());
        assertEquals(account.email(), resolved.email());

        sessions.end(token);
        assertTrue(sessions.resolve(token).isEmpty());
    }

    @Test
    void anIdleSessionEnds() {
        String token = sessions.start(newAccount().id());
        sql("update web_session set last_seen_at = now() - interval '31 minutes' where token_hash = ?1",
                SecretTokens.hash(token));
        assertTrue(sessions.resolve(token).isEmpty());
    }

    @Test
    void aBusySessionEndsTwelveHoursAfterSigningIn() {
        String token = sessions.start(newAccount().id());
        sql("update web_session set created_at = now() - interval '11 hours 59 minutes', last_seen_at = now()"
                + " where token_hash = ?1", SecretTokens.hash(token));
        assertTrue(sessions.resolve(token).isPresent(), "still within its lifetime");

        sql("update web_session set created_at = now() - interval '12 hours 1 minute', last_seen_at = now()"
                + " where token_hash = ?1", SecretTokens.hash(token));
        assertTrue(sessions.resolve(token).isEmpty());
    }

    @Test
    void disablingTheAccountEndsItsSessionOnTheNextRequest() {
        var account = newAccount();
        String token = sessions.start(account.id());
        sql("update account set disabled = true where id = ?1", account.id());
        assertTrue(sessions.resolve(token).isEmpty());
    }

    @Test
    void madeUpTokensResolveToNobody() {
        assertTrue(sessions.resolve("not-a-session").isEmpty());
        assertTrue(sessions.resolve(null).isEmpty());
    }

    private AccountSummary newAccount() {
        return accountService.register(new Registration(UUID.randomUUID() + "@example.org", "hip switches daily",
                "Session Tester", "Europe/Oslo"));
    }

    @Transactional
    void sql(String statement, Object parameter) {
        entityManager.createNativeQuery(statement).setParameter(1, parameter).executeUpdate();
    }
}
