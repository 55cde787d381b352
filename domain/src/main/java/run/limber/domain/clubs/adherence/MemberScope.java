package run.limber.domain.clubs.adherence;

import java.util.Locale;

/**
 * Which members of a club a read covers.
 *
 * @param groupId   only this group's members, or null for the whole club
 * @param nameQuery only members whose display name contains this, any case, or null
 */
record MemberScope(long clubId, Long groupId, String nameQuery) {

    static MemberScope club(long clubId) {
        return new MemberScope(clubId, null, null);
    }

    /** The SQL condition on {@code cm} (club_member) and {@code acc} (account), with its parameters in order. */
    String condition() {
        return "cm.club_id = ?"
                + (groupId == null ? "" : " and exists (select 1 from club_group_member g where g.group_id = ?"
                + " and g.club_id = cm.club_id and g.account_id = cm.account_id)")
                + (nameQuery == null ? "" : " and lower(acc.display_name) like ? escape '\\'");
    }

    Object[] parameters() {
        if (groupId == null && nameQuery == null) {
            return new Object[] {clubId};
        }
        if (nameQuery == null) {
            return new Object[] {clubId, groupId};
        }
        String pattern = "%" + nameQuery.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return groupId == null ? new Object[] {clubId, pattern} : new Object[] {clubId, groupId, pattern};
    }
}
