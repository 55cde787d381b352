package run.limber.api.clubs;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.clubs.MemberSummary;

/** A member as the club's coaches see them. */
record ClubMemberBody(long accountId, String displayName, ClubRole role, Instant joinedAt, List<Group> groups,
                      @Schema(description = "Null unless the member chose to share it with this club") String email) {

    static ClubMemberBody of(MemberSummary member) {
        return new ClubMemberBody(member.accountId(), member.displayName(), member.role(), member.joinedAt(),
                member.groups().stream().map(group -> new Group(group.id(), group.name())).toList(), member.email());
    }

    record Group(long id, String name) {
    }
}
