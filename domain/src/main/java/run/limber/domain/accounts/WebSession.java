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

/** A signed-in browser: the hash of its cookie, whose account it is, when it signed in and when it was last used. */
@Entity
@Table(name = "web_session")
class WebSession {

    /** Refreshing last-seen on every request would write on every click; once a minute is precise enough. */
    private static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account account;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    protected WebSession() {
    }

    WebSession(String tokenHash, Account account, Instant now) {
        this.tokenHash = tokenHash;
        this.account = account;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    boolean idleLongerThan(Duration timeout, Instant now) {
        return lastSeenAt.plus(timeout).isBefore(now);
    }

    boolean olderThan(Duration lifetime, Instant now) {
        return !createdAt.plus(lifetime).isAfter(now);
    }

    void seen(Instant now) {
        if (lastSeenAt.plus(TOUCH_EVERY).isBefore(now)) {
            lastSeenAt = now;
        }
    }

    Account account() {
        return account;
    }
}
