package run.limber.domain.accounts;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditRecord;
import run.limber.domain.audit.AuditType;

/**
 * Long-lived API refresh tokens: opaque, stored hashed, rotated on every use, revoked as a chain on reuse, and ended as a
 * chain a fixed time after the sign-in that started it, however often it was rotated.
 */
@ApplicationScoped
public class RefreshTokens {

    private final RefreshTokenRepository tokens;
    private final AccountRepository accounts;
    private final AccountSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    RefreshTokens(RefreshTokenRepository tokens, AccountRepository accounts, AccountSettings settings, AuditLog audit,
                  Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The first token of a new chain, for an account that has just signed in. */
    @PermitAll
    @Transactional
    public String issue(long accountId) {
        return next(accounts.findById(accountId), UUID.randomUUID(), clock.instant());
    }

    /** Swaps a refresh token for the next one of its chain. */
    @PermitAll
    @Transactional(dontRollbackOn = InvalidCredentialsException.class)
    public Rotation rotate(String refreshToken) {
        var now = clock.instant();
        var token = tokens.findForUpdate(SecretTokens.hash(String.valueOf(refreshToken)))
                .orElseThrow(InvalidCredentialsException::new);
        if (token.used()) {
            tokens.revokeChain(token.chain(), now);
            var account = token.account();
            audit.record(AuditRecord.of(AuditType.TOKEN_REUSE_DETECTED).by(account.id(), account.email())
                    .about("refresh chain " + token.chain())
                    .detail("a used refresh token came back; the chain is revoked"));
            throw new InvalidCredentialsException();
        }
        if (!token.usable(now, settings.refreshChainLifetime())) {
            throw new InvalidCredentialsException();
        }
        token.use(now);
        return new Rotation(token.account().view(), next(token.account(), token.chain(), token.chainStartedAt()));
    }

    /** Ends the chain of this token (signing out); unknown tokens are ignored. */
    @PermitAll
    @Transactional
    public void revoke(String refreshToken) {
        tokens.find("tokenHash", SecretTokens.hash(String.valueOf(refreshToken))).firstResultOptional()
                .ifPresent(token -> tokens.revokeChain(token.chain(), clock.instant()));
    }

    private String next(Account account, UUID chain, Instant chainStartedAt) {
        var now = clock.instant();
        String raw = SecretTokens.newToken();
        tokens.persist(new RefreshToken(SecretTokens.hash(raw), chain, chainStartedAt, account, now,
                now.plus(settings.refreshTokenLifetime())));
        return raw;
    }

    /** The account a refresh token belonged to, and the token that replaces it. */
    public record Rotation(AccountSummary account, String refreshToken) {
    }
}
