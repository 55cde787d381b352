package run.limber.api.clubs;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.clubs.GroupSummary;

/** A group of a club. */
record GroupBody(long id, String name,
                 @Schema(description = "For coaches; null in the list a member sees of their own groups")
                 Long memberCount) {

    static GroupBody of(GroupSummary group) {
        return new GroupBody(group.id(), group.name(), group.memberCount());
    }
}
