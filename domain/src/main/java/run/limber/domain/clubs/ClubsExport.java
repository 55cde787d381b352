package run.limber.domain.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import run.limber.domain.accounts.PersonalData;

/** The runner's club memberships with their roles and sharing choices, for their data export. */
@ApplicationScoped
class ClubsExport implements PersonalData {

    private final ClubMemberRepository members;
    private final ClubAccess access;

    ClubsExport(ClubMemberRepository members, ClubAccess access) {
        this.members = members;
        this.access = access;
    }

    @Override
    public String section() {
        return "clubs";
    }

    @Override
    public List<Membership> ofCaller() {
        return members.membershipsOf(access.callerId());
    }
}
