package run.limber.domain.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One API refresh token. Each use replaces it with the next token of the same chain; a token used
 * twice means it was copied, so the whole chain is revoked. A chain ends a fixed time after its sign-in.
 */
@Entity
@Table(name = "refresh_token")
class RefreshToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(nullable = false, updatable = false)
    private UUID chain;

    /** When the sign-in that started the chain happened; rotation passes it on unchanged. */
    @Column(name = "chain_started_at", nullable = false, updatable = false)
    private Instant chainStartedAt;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected RefreshToken() {
    }

    RefreshToken(String tokenHash, UUID chain, Instant chainStartedAt, Account account, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.chain = chain;
        this.chainStartedAt = chainStartedAt;
        this.account = account;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    boolean usable(Instant now, Duration chainLifetime) {
        return revokedAt == null && expiresAt.isAfter(now) && chainStartedAt.plus(chainLifetime).isAfter(now)
                && !account.isDisabled();
    }

    boolean used() {
        return usedAt != null;
    }

    void use(Instant now) {
        usedAt = now;
    }

    UUID chain() {
        return chain;
    }

    Instant chainStartedAt() {
        return chainStartedAt;
    }

    Account account() {
        return account;
    }
}
