package run.limber.domain.clubs.shares;

import java.time.Instant;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.SharedWithCoaches;

/**
 * A member as the club's coaches see them on the member's own page.
 *
 * @param email   null unless the member shares it with the club
 * @param sharing what else they share, to say so (and what they do not)
 */
public record SharedMember(long accountId, String displayName, ClubRole role, String email, Instant joinedAt,
                           SharedWithCoaches sharing) {
}
