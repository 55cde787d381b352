package run.limber.domain.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import run.limber.domain.shared.NoSuchEntryException;

/**
 * Changes of who owns, coaches or is in a club run one after the other: each first locks the club's row, then reads
 * the caller's role as it is now. Two hand-overs sent at once thus leave exactly one owner: the second finds its
 * caller is no longer the owner.
 */
@ApplicationScoped
class ClubLock {

    private final ClubAccess access;
    private final ClubRepository clubs;
    private final ClubMemberRepository members;

    ClubLock(ClubAccess access, ClubRepository clubs, ClubMemberRepository members) {
        this.access = access;
        this.clubs = clubs;
        this.members = members;
    }

    /** The caller's membership, read under the club's lock; not found for a club they are not in. */
    ClubMember callerIn(long clubId) {
        access.roleIn(clubId); // a club the caller is not in is not found, and not locked either
        clubs.findForUpdate(clubId).orElseThrow(() -> new NoSuchEntryException("club", "#" + clubId));
        return members.findForUpdate(clubId, access.callerId())
                .orElseThrow(() -> new NoSuchEntryException("club", "#" + clubId));
    }

    /** Another member of a club the caller holds the lock of. */
    ClubMember member(long clubId, long accountId) {
        return members.findForUpdate(clubId, accountId)
                .orElseThrow(() -> new NoSuchEntryException("club member", "#" + accountId));
    }
}
