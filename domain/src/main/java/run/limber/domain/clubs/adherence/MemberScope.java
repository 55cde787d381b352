package run.limber.domain.clubs.adherence;

import java.util.ArrayList;
import java.util.Locale;

/**
 * Which members of a club a read covers.
 *
 * @param groupId   only this group's members, or null for the whole club
 * @param nameQuery only members whose display name contains this, any case, or null
 * @param accounts  only these members, by account id, or null for any
 */
record MemberScope(long clubId, Long groupId, String nameQuery, long[] accounts) {

    MemberScope(long clubId, Long groupId, String nameQuery) {
        this(clubId, groupId, nameQuery, null);
    }

    static MemberScope club(long clubId) {
        return new MemberScope(clubId, null, null);
    }

    static MemberScope accounts(long clubId, long[] accounts) {
        return new MemberScope(clubId, null, null, accounts);
    }

    /** The SQL condition on {@code cm} (club_member) and {@code acc} (account), with its parameters in order. */
    String condition() {
        return "cm.club_id = ?"
                + (groupId == null ? "" : " and exists (select 1 from club_group_member g where g.group_id = ?"
                + " and g.club_id = cm.club_id and g.account_id = cm.account_id)")
                + (nameQuery == null ? "" : " and lower(acc.display_name) like ? escape '\\'")
                + (accounts == null ? "" : " and cm.account_id = any (?)");
    }

    Object[] parameters() {
        var parameters = new ArrayList<>();
        parameters.add(clubId);
        if (groupId != null) {
            parameters.add(groupId);
        }
        if (nameQuery != null) {
            parameters.add("%" + nameQuery.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%");
        }
        if (accounts != null) {
            parameters.add(accounts);
        }
        return parameters.toArray();
    }
}
