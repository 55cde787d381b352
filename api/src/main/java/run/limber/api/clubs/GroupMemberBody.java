package run.limber.api.clubs;

import run.limber.domain.clubs.GroupMember;

/** Someone in a group. */
record GroupMemberBody(long accountId, String displayName) {

    static GroupMemberBody of(GroupMember member) {
        return new GroupMemberBody(member.accountId(), member.displayName());
    }
}
