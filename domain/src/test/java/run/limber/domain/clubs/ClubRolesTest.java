package run.limber.domain.clubs;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static run.limber.domain.clubs.ClubRole.COACH;
import static run.limber.domain.clubs.ClubRole.MEMBER;
import static run.limber.domain.clubs.ClubRole.OWNER;

import org.junit.jupiter.api.Test;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.ValidationException;

class ClubRolesTest {

    @Test
    void eachRoleMayDoWhatTheRolesBelowItDo() {
        assertTrue(OWNER.atLeast(COACH) && COACH.atLeast(MEMBER) && OWNER.atLeast(OWNER));
        assertTrue(!MEMBER.atLeast(COACH) && !COACH.atLeast(OWNER));
    }

    @Test
    void onlyTheOwnerNamesCoachesAndNobodyBecomesOwnerByARoleChange() {
        assertDoesNotThrow(() -> ClubRoles.checkRoleChange(OWNER, MEMBER, COACH));
        assertDoesNotThrow(() -> ClubRoles.checkRoleChange(OWNER, COACH, MEMBER));
        assertThrows(NotPermittedException.class, () -> ClubRoles.checkRoleChange(COACH, MEMBER, COACH));
        assertThrows(NotPermittedException.class, () -> ClubRoles.checkRoleChange(MEMBER, MEMBER, COACH));
        assertThrows(ValidationException.class, () -> ClubRoles.checkRoleChange(OWNER, COACH, OWNER));
        assertThrows(ValidationException.class, () -> ClubRoles.checkRoleChange(OWNER, COACH, null));
        assertThrows(ConflictException.class, () -> ClubRoles.checkRoleChange(OWNER, OWNER, MEMBER));
    }

    @Test
    void coachesRemoveMembersTheOwnerRemovesCoachesAndTheOwnerStays() {
        assertDoesNotThrow(() -> ClubRoles.checkRemoval(COACH, MEMBER));
        assertDoesNotThrow(() -> ClubRoles.checkRemoval(OWNER, MEMBER));
        assertDoesNotThrow(() -> ClubRoles.checkRemoval(OWNER, COACH));
        assertThrows(NotPermittedException.class, () -> ClubRoles.checkRemoval(COACH, COACH));
        assertThrows(NotPermittedException.class, () -> ClubRoles.checkRemoval(MEMBER, MEMBER));
        assertThrows(ConflictException.class, () -> ClubRoles.checkRemoval(COACH, OWNER));
        assertThrows(ConflictException.class, () -> ClubRoles.checkRemoval(OWNER, OWNER));
    }

    @Test
    void onlyTheOwnerHandsOnAndOnlyToSomeoneElse() {
        assertDoesNotThrow(() -> ClubRoles.checkHandOver(OWNER, 1, 2));
        assertThrows(NotPermittedException.class, () -> ClubRoles.checkHandOver(COACH, 1, 2));
        assertThrows(ValidationException.class, () -> ClubRoles.checkHandOver(OWNER, 1, 1));
    }

    @Test
    void anOwnerLeavesOnlyAlone() {
        assertDoesNotThrow(() -> ClubRoles.checkLeave(MEMBER, 5));
        assertDoesNotThrow(() -> ClubRoles.checkLeave(COACH, 5));
        assertDoesNotThrow(() -> ClubRoles.checkLeave(OWNER, 0));
        assertThrows(ConflictException.class, () -> ClubRoles.checkLeave(OWNER, 1));
    }
}
