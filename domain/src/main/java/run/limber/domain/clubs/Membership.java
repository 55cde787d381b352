package run.limber.domain.clubs;

import java.time.Instant;

/** One's own place in a club: role, when one joined, what one shares, and (coaches) whether one wants the digest. */
public record Membership(long clubId, String clubName, ClubRole role, Instant joinedAt, SharingChoices sharing,
                         boolean wantsDigest) {
}
