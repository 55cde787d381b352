package run.limber.domain.clubs;

import java.util.List;

/**
 * What a runner sees before joining: the club, who coaches it, and exactly what its coaches will see of them — always,
 * and only if they turn it on.
 *
 * @param coaches the display names of the owner and the coaches, owner first
 */
public record JoinPreview(String clubName, String description, String timeZone, long memberCount,
                          List<String> coaches, boolean alreadyMember, List<String> alwaysShared,
                          List<SharedWithCoaches.Choice> sharedIfChosen) {
}
