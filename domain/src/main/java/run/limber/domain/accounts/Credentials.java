package run.limber.domain.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Ends every way an account is signed in: web sessions and API refresh tokens. */
@ApplicationScoped
class Credentials {

    private final WebSessionRepository sessions;
    private final RefreshTokenRepository refreshTokens;
    private final Clock clock;

    Credentials(WebSessionRepository sessions, RefreshTokenRepository refreshTokens, Clock clock) {
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    @Transactional
    void revokeAll(long accountId) {
        sessions.deleteAllOf(accountId);
        refreshTokens.revokeAllOf(accountId, clock.instant());
    }
}
