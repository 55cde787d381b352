package run.limber.domain.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class RefreshTokenRepository implements PanacheRepository<RefreshToken> {

    /** Locked, so two concurrent refreshes with one token cannot both succeed. */
    Optional<RefreshToken> findForUpdate(String hash) {
        return find("tokenHash", hash).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    void revokeChain(UUID chain, Instant now) {
        update("revokedAt = ?1 where chain = ?2 and revokedAt is null", now, chain);
    }

    void revokeAllOf(long accountId, Instant now) {
        update("revokedAt = ?1 where account.id = ?2 and revokedAt is null", now, accountId);
    }
}
