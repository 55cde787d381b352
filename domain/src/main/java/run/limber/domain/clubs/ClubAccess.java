package run.limber.domain.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import run.limber.domain.accounts.CurrentAccount;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.NotPermittedException;

/**
 * The one check every club use case starts with: the caller's role in the club. A club the caller does not belong to
 * is "not found", exactly like a club that does not exist, so ids reveal nothing about other clubs.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ClubAccess {

    private final EntityManager entities;
    private final CurrentAccount caller;

    ClubAccess(EntityManager entities, CurrentAccount caller) {
        this.entities = entities;
        this.caller = caller;
    }

    /** The caller's role in the club; {@link NoSuchEntryException} when they are not in it. */
    public ClubRole roleIn(long clubId) {
        var roles = entities.createNativeQuery("select role from club_member where club_id = ?1 and account_id = ?2",
                        String.class)
                .setParameter(1, clubId).setParameter(2, caller.id()).getResultList();
        if (roles.isEmpty()) {
            throw new NoSuchEntryException("club", Long.toString(clubId));
        }
        return ClubRole.valueOf((String) roles.getFirst());
    }

    /** The caller's role, which must be at least {@code needed}; a member asking for a coach's page is refused. */
    public ClubRole require(long clubId, ClubRole needed) {
        var role = roleIn(clubId);
        if (!role.atLeast(needed)) {
            throw new NotPermittedException("Only the club's " + (needed == ClubRole.OWNER ? "owner" : "coaches")
                    + " may do this.");
        }
        return role;
    }

    /** The signed-in caller's account id. */
    public long callerId() {
        return caller.id();
    }
}
