package run.limber.domain.clubs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * Groups of a club's members ("Tuesday squad"), kept by its coaches; a member may be in several. Members see the names
 * of the groups they are in, nothing more.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class ClubGroups {

    private final GroupRepository groups;
    private final ClubMemberRepository members;
    private final ClubAccess access;
    private final Clock clock;

    ClubGroups(GroupRepository groups, ClubMemberRepository members, ClubAccess access, Clock clock) {
        this.groups = groups;
        this.members = members;
        this.access = access;
        this.clock = clock;
    }

    /** A new group; a name the club uses already, in any case, is a conflict. */
    @Transactional
    public GroupSummary create(long clubId, String name) {
        access.require(clubId, ClubRole.COACH);
        String checked = ClubRules.groupName(name);
        long id = groups.insert(clubId, checked, clock.instant()).orElseThrow(() -> taken(checked));
        return new GroupSummary(id, checked, 0L);
    }

    /** Coaches see every group with its member count; members the groups they are in. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupSummary> list(long clubId) {
        var role = access.roleIn(clubId);
        return role.atLeast(ClubRole.COACH) ? groups.ofClub(clubId) : groups.ofMember(clubId, access.callerId());
    }

    @Transactional
    public GroupSummary rename(long clubId, long groupId, String name) {
        requireGroup(clubId, groupId);
        String checked = ClubRules.groupName(name);
        if (!groups.rename(clubId, groupId, checked)) {
            throw taken(checked);
        }
        return new GroupSummary(groupId, checked, groups.memberCount(groupId));
    }

    /**
     * Deletes the group; its members stay in the club. A group that was ever assigned a routine stays, so that the
     * assignment's history does: rename it instead.
     */
    @Transactional
    public void delete(long clubId, long groupId) {
        requireGroup(clubId, groupId);
        if (groups.hasAssignments(groupId)) {
            throw new ConflictException("This group has assignments, and deleting it would lose their history."
                    + " Rename the group instead.");
        }
        groups.delete(groupId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<GroupMember> members(long clubId, long groupId, PageRequest page) {
        requireGroup(clubId, groupId);
        return new Page<>(groups.members(groupId, page), page.page(), page.size(), groups.memberCount(groupId));
    }

    /** Puts a member of the club in the group; putting them in twice changes nothing. */
    @Transactional
    public void add(long clubId, long groupId, long accountId) {
        requireGroup(clubId, groupId);
        members.find(clubId, accountId).orElseThrow(() -> new NoSuchEntryException("club member", "#" + accountId));
        groups.add(clubId, groupId, accountId);
    }

    /** Takes someone out of the group; they stay in the club. */
    @Transactional
    public void remove(long clubId, long groupId, long accountId) {
        requireGroup(clubId, groupId);
        groups.remove(groupId, accountId);
    }

    private void requireGroup(long clubId, long groupId) {
        access.require(clubId, ClubRole.COACH);
        if (!groups.exists(clubId, groupId)) {
            throw new NoSuchEntryException("group", "#" + groupId);
        }
    }

    private static ConflictException taken(String name) {
        return new ConflictException("The club has a group called " + name + " already.");
    }
}
