package run.limber.domain.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import run.limber.domain.accounts.AccountDeleting;

/**
 * A club outlives its owner's account: it goes to the longest-standing coach, else the longest-standing member; a
 * club with nobody else in it is deleted. Runs in the transaction that deletes the account, before the row goes.
 */
@ApplicationScoped
class ClubSuccession {

    private final ClubRepository clubs;
    private final ClubMemberRepository members;

    ClubSuccession(ClubRepository clubs, ClubMemberRepository members) {
        this.clubs = clubs;
        this.members = members;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void accountDeleting(@Observes AccountDeleting deleting) {
        for (long clubId : members.clubsOwnedBy(deleting.accountId())) {
            clubs.findForUpdate(clubId);
            members.findForUpdate(clubId, deleting.accountId()).filter(owner -> owner.role() == ClubRole.OWNER)
                    .ifPresent(this::handOn);
        }
    }

    /** The owner's membership ends first: the one-owner index allows the successor in only then. */
    private void handOn(ClubMember owner) {
        long clubId = owner.clubId();
        var successor = members.successor(clubId, owner.accountId());
        members.delete(owner);
        members.flush();
        successor.ifPresentOrElse(next -> next.changeRole(ClubRole.OWNER), () -> clubs.deleteClub(clubId));
        members.flush();
    }
}
