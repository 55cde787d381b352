package run.limber.domain.clubs;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Map;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.ValidationException;

/** Coaches and the owner look after a club's people: the member list, coaches named, ownership handed on, removal. */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class ClubMembers {

    static final int NAME_FILTER_MAX = 100;

    private final ClubAccess access;
    private final ClubLock lock;
    private final ClubMemberRepository members;
    private final MemberList list;

    ClubMembers(ClubAccess access, ClubLock lock, ClubMemberRepository members, MemberList list) {
        this.access = access;
        this.lock = lock;
        this.members = members;
        this.list = list;
    }

    /** The members by name, optionally those whose name contains {@code name}; email only where the member shares it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<MemberSummary> list(long clubId, String name, PageRequest page) {
        access.require(clubId, ClubRole.COACH);
        if (name != null && name.length() > NAME_FILTER_MAX) {
            throw new ValidationException("name", "Search with at most " + NAME_FILTER_MAX + " characters.");
        }
        return list.page(clubId, name == null ? "" : name.strip(), page);
    }

    /**
     * The display names of these members, by account id, in one statement: what a page of assignments (or anything
     * else naming members by id) shows, whatever the size of the club. Ids not in the club are left out; at most a
     * page's worth ({@link PageRequest#MAX_SIZE}) at a time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> names(long clubId, Collection<Long> accountIds) {
        access.require(clubId, ClubRole.COACH);
        if (accountIds.size() > PageRequest.MAX_SIZE) {
            throw new IllegalArgumentException("At most " + PageRequest.MAX_SIZE + " names at a time");
        }
        return list.names(clubId, accountIds);
    }

    /** The owner makes a member a coach or a coach a member again. */
    @Transactional
    public void setRole(long clubId, long accountId, ClubRole role) {
        var me = lock.callerIn(clubId);
        var target = lock.member(clubId, accountId);
        ClubRoles.checkRoleChange(me.role(), target.role(), role);
        target.changeRole(role);
    }

    /** The owner hands the club to another member and stays on as a coach, in one transaction. */
    @Transactional
    public void handOver(long clubId, long newOwnerId) {
        var me = lock.callerIn(clubId);
        ClubRoles.checkHandOver(me.role(), me.accountId(), newOwnerId);
        var next = lock.member(clubId, newOwnerId);
        me.changeRole(ClubRole.COACH);
        members.flush(); // the one-owner index takes the new owner only once the old one has stepped down
        next.changeRole(ClubRole.OWNER);
        members.flush();
    }

    /** Coaches remove members; the owner removes coaches too. The member's groups and own assignments go with it. */
    @Transactional
    public void remove(long clubId, long accountId) {
        var me = lock.callerIn(clubId);
        var target = lock.member(clubId, accountId);
        ClubRoles.checkRemoval(me.role(), target.role());
        members.delete(target);
    }
}
