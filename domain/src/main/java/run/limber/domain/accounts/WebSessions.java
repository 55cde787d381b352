package run.limber.domain.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/**
 * Server-side sessions for the web UI. The browser holds only a random token in the
 * {@value #COOKIE} cookie; logging out, disabling the account, idling past the timeout or reaching the absolute
 * lifetime ends the session on the very next request, on every app instance.
 */
@ApplicationScoped
public class WebSessions {

    public static final String COOKIE = "limber_session";

    private final WebSessionRepository sessions;
    private final AccountRepository accounts;
    private final AccountSettings settings;
    private final Clock clock;

    WebSessions(WebSessionRepository sessions, AccountRepository accounts, AccountSettings settings, Clock clock) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a session for an account that has just proved who it is; returns the cookie value. */
    @Transactional
    public String start(long accountId) {
        String token = SecretTokens.newToken();
        sessions.persist(new WebSession(SecretTokens.hash(token), accounts.findById(accountId), clock.instant()));
        return token;
    }

    @Transactional
    public Optional<SessionAccount> resolve(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        var now = clock.instant();
        var found = sessions.findByTokenHash(SecretTokens.hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        var session = found.get();
        if (session.account().isDisabled() || session.idleLongerThan(settings.sessionIdleTimeout(), now)
                || session.olderThan(settings.sessionAbsoluteLifetime(), now)) {
            sessions.delete(session);
            return Optional.empty();
        }
        session.seen(now);
        var account = session.account().view();
        return Optional.of(new SessionAccount(account.id(), account.email(), account.displayName(), account.roles()));
    }

    @Transactional
    public void end(String token) {
        if (token != null) {
            sessions.findByTokenHash(SecretTokens.hash(token)).ifPresent(sessions::delete);
        }
    }
}
