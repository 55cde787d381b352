package run.limber.domain.clubs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;

/**
 * One's own side of clubs: seeing what joining shares, joining with a code, choosing what coaches see, and leaving.
 * Leaving ends the coaches' access to everything of the member's at once: the rows that grant it go with the
 * membership.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class ClubMembership {

    private final ClubRepository clubs;
    private final ClubMemberRepository members;
    private final ClubAccess access;
    private final ClubLock lock;
    private final Clock clock;

    ClubMembership(ClubRepository clubs, ClubMemberRepository members, ClubAccess access, ClubLock lock, Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.access = access;
        this.lock = lock;
        this.clock = clock;
    }

    /** The club behind a join code and what its coaches would see; a code switched off or replaced is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public JoinPreview preview(String code) {
        var club = clubs.findByJoinCode(JoinCodes.normalize(code)).orElseThrow(ClubMembership::noSuchCode);
        boolean member = members.find(club.id(), access.callerId()).isPresent();
        return new JoinPreview(club.name(), club.description(), club.timeZone(), clubs.memberCount(club.id()), clubs.coachNames(club.id()), member,
                SharedWithCoaches.ALWAYS, SharedWithCoaches.IF_CHOSEN);
    }

    /** Joins as a member with these sharing choices; joining twice is a conflict, however close together. */
    @Transactional
    public Membership join(String code, SharingChoices sharing) {
        return admit(clubs.findByJoinCodeShared(JoinCodes.normalize(code)).orElseThrow(ClubMembership::noSuchCode),
                sharing);
    }

    /** Joins through an invitation: the same as a code, for a club found another way. */
    Membership admit(Club club, SharingChoices sharing) {
        var member = new ClubMember(club.id(), access.callerId(), ClubRole.MEMBER,
                sharing == null ? SharingChoices.NOTHING_MORE : sharing, clock.instant());
        if (!members.insertIfAbsent(member)) {
            throw new ConflictException("You are a member of " + club.name() + " already.");
        }
        return member.of(club.name());
    }

    /** Every club the caller is in, with their role and sharing choices, by club name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Membership> mine() {
        return members.membershipsOf(access.callerId());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Membership mine(long clubId) {
        access.roleIn(clubId);
        return members.find(clubId, access.callerId()).orElseThrow(() -> new NoSuchEntryException("club", "#" + clubId))
                .of(clubName(clubId));
    }

    /** Replaces what the caller lets this club's coaches see. */
    @Transactional
    public Membership share(long clubId, SharingChoices sharing) {
        access.roleIn(clubId);
        var member = current(clubId);
        member.share(sharing);
        return member.of(clubName(clubId));
    }

    /** Coaches and the owner choose whether they get the Monday digest. */
    @Transactional
    public Membership wantDigest(long clubId, boolean wanted) {
        access.require(clubId, ClubRole.COACH);
        var member = current(clubId);
        member.wantDigest(wanted);
        return member.of(clubName(clubId));
    }

    /**
     * Leaves the club. An owner who is its only member deletes it by leaving; an owner with others must hand
     * ownership on first.
     *
     * @return whether the club was deleted with it
     */
    @Transactional
    public boolean leave(long clubId) {
        var me = lock.callerIn(clubId);
        ClubRoles.checkLeave(me.role(), members.othersIn(clubId, me.accountId()));
        if (me.role() == ClubRole.OWNER) {
            clubs.deleteClub(clubId);
            return true;
        }
        members.delete(me);
        return false;
    }

    private static NoSuchEntryException noSuchCode() {
        // the key in the message is not the code: error messages end up in logs
        return new NoSuchEntryException("club", "with this join code");
    }

    private ClubMember current(long clubId) {
        return members.findForUpdate(clubId, access.callerId())
                .orElseThrow(() -> new NoSuchEntryException("club", "#" + clubId));
    }

    private String clubName(long clubId) {
        return clubs.findById(clubId).name();
    }
}
