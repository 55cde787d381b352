package run.limber.domain.player;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

/** Plays by runner, routine and assignment: the published routine and each assignment of it resume their own. */
@ApplicationScoped
class PlayerProgressRepository implements PanacheRepositoryBase<PlayerProgress, UUID> {

    /** Served by the unique index player_progress_play; assignment 0 stands for none, as in the index. */
    private static final String PLAY = "accountId = ?1 and routineSlug = ?2 and coalesce(assignmentId, 0) = ?3";

    Optional<PlayerProgress> find(long accountId, String routine, Optional<Long> assignment) {
        return find(PLAY, accountId, routine, assignment.orElse(0L)).firstResultOptional();
    }

    /** Locked, so two quick taps from two tabs are applied one after the other, never lost. */
    Optional<PlayerProgress> findForUpdate(long accountId, String routine, Optional<Long> assignment) {
        return find(PLAY, accountId, routine, assignment.orElse(0L)).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional();
    }
}
