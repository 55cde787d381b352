package run.limber.domain.clubs;

import java.util.List;

/**
 * What a runner sees before joining: the club, and exactly what its coaches will see of them — always, and only if
 * they turn it on.
 */
public record JoinPreview(String clubName, String description, String timeZone, long memberCount,
                          boolean alreadyMember, List<String> alwaysShared,
                          List<SharedWithCoaches.Choice> sharedIfChosen) {
}
