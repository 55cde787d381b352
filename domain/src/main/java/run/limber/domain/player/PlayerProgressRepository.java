package run.limber.domain.player;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;

@ApplicationScoped
class PlayerProgressRepository implements PanacheRepositoryBase<PlayerProgress, PlayerProgressId> {

    Optional<PlayerProgress> find(long accountId, String routine) {
        return findByIdOptional(new PlayerProgressId(accountId, routine));
    }

    /** Locked, so two quick taps from two tabs are applied one after the other, never lost. */
    Optional<PlayerProgress> findForUpdate(long accountId, String routine) {
        return findByIdOptional(new PlayerProgressId(accountId, routine), LockModeType.PESSIMISTIC_WRITE);
    }
}
