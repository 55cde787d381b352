package run.limber.domain.clubs.adherence;

import java.time.LocalDate;

/**
 * How a club or group did in one ISO week.
 *
 * @param week            its Monday, in the club's time zone
 * @param targetedMembers members asked for at least one session that week
 * @param metMembers      of them, those who met their target (so far, in the current week)
 * @param share           metMembers / targetedMembers, null when nobody was asked for anything
 */
public record WeekSummary(LocalDate week, int targetedMembers, int metMembers, Double share) {

    static WeekSummary of(LocalDate week, int targetedMembers, int metMembers) {
        return new WeekSummary(week, targetedMembers, metMembers,
                targetedMembers == 0 ? null : (double) metMembers / targetedMembers);
    }
}
