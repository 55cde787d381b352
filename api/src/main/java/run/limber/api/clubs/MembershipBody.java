package run.limber.api.clubs;

import java.time.Instant;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.Membership;

/** The caller's own place in a club. */
record MembershipBody(long clubId, String clubName, ClubRole role, Instant joinedAt, SharingBody sharing,
                      boolean wantsDigest) {

    static MembershipBody of(Membership membership) {
        return new MembershipBody(membership.clubId(), membership.clubName(), membership.role(),
                membership.joinedAt(), SharingBody.of(membership.sharing()), membership.wantsDigest());
    }
}
