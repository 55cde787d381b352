package run.limber.domain.clubs;

import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.ValidationException;

/**
 * Who may change whose place in a club. A club always has exactly one owner: ownership is only ever handed on, never
 * given by a role change or removed. Coaches look after members; only the owner names or removes coaches.
 */
final class ClubRoles {

    private ClubRoles() {
    }

    /** A role change by the owner: coach or member, never of the owner, never to owner. */
    static void checkRoleChange(ClubRole caller, ClubRole target, ClubRole newRole) {
        if (newRole == null || newRole == ClubRole.OWNER) {
            throw new ValidationException("role", "Choose COACH or MEMBER; hand ownership on with POST /owner.");
        }
        if (caller != ClubRole.OWNER) {
            throw new NotPermittedException("Only the club's owner names coaches.");
        }
        if (target == ClubRole.OWNER) {
            throw new ConflictException("The owner's role changes only by handing ownership on.");
        }
    }

    /** Coaches remove members; the owner removes coaches too; the owner is never removed, and leaves instead. */
    static void checkRemoval(ClubRole caller, ClubRole target) {
        if (target == ClubRole.OWNER) {
            throw new ConflictException("The owner cannot be removed; they hand ownership on or delete the club.");
        }
        if (!caller.atLeast(ClubRole.COACH) || target == ClubRole.COACH && caller != ClubRole.OWNER) {
            throw new NotPermittedException(target == ClubRole.COACH
                    ? "Only the club's owner removes coaches." : "Only the club's coaches remove members.");
        }
    }

    /** The owner hands the club to another of its members. */
    static void checkHandOver(ClubRole caller, long callerId, long newOwnerId) {
        if (caller != ClubRole.OWNER) {
            throw new NotPermittedException("Only the club's owner hands ownership on.");
        }
        if (callerId == newOwnerId) {
            throw new ValidationException("accountId", "You own this club already; name another member.");
        }
    }

    /** Leaving: an owner with other members must hand ownership on first. */
    static void checkLeave(ClubRole role, long otherMembers) {
        if (role == ClubRole.OWNER && otherMembers > 0) {
            throw new ConflictException("You own this club and others are in it: hand ownership to another member"
                    + " first, or delete the club. (An owner who is its only member leaves by deleting it.)");
        }
    }
}
