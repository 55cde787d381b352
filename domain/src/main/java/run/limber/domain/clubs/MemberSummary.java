package run.limber.domain.clubs;

import java.time.Instant;
import java.util.List;

/** A club member as coaches see them in the list; {@code email} is null unless the member shares it. */
public record MemberSummary(long accountId, String displayName, ClubRole role, Instant joinedAt, List<GroupRef> groups,
                            String email) {

    /** A group the member is in. */
    public record GroupRef(long id, String name) {
    }
}
