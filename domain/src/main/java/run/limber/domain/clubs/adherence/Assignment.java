package run.limber.domain.clubs.adherence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/** What adherence needs of an assignment: its days, its dates and its weekly target. */
record Assignment(long id, long clubId, String routine, Set<DayOfWeek> days, LocalDate startsOn, LocalDate endsOn,
                  int weeklyTarget) {

    Assignment {
        days = Set.copyOf(days);
    }

    /**
     * Sessions asked for in the week from {@code monday}: the weekly target, or the number of the assignment's days
     * that fall within its dates (and not before {@code notBefore}, when the member joined) if fewer — so a start in
     * mid-week asks only for the days that are left.
     */
    int targetIn(LocalDate monday, LocalDate notBefore) {
        LocalDate from = max(max(monday, startsOn), notBefore);
        LocalDate to = endsOn == null || endsOn.isAfter(monday.plusDays(6)) ? monday.plusDays(6) : endsOn;
        int days = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (this.days.contains(day.getDayOfWeek())) {
                days++;
            }
        }
        return Math.min(weeklyTarget, days);
    }

    private static LocalDate max(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }
}
