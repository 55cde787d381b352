package run.limber.domain.clubs.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Who is in the demo club and how each member kept up, so the coach's dashboard shows every status word on the first
 * start: some weeks met, some partly, some missed, and this week in progress for most.
 */
final class DemoMembers {

    static final int COUNT = 30;
    /** Weeks before this one with sessions; the assignment starts on the first of them. */
    static final int PAST_WEEKS = 4;
    /** Sessions asked for per week: Monday, Wednesday and Friday. */
    static final int TARGET = 3;

    private static final List<String> NAMES = List.of("Ada Ahmed", "Ben Baker", "Chloe Chen", "Dev Desai",
            "Ella Evans", "Finn Fischer", "Grace Green", "Hugo Hall", "Isla Ito", "Jack Jones", "Kira Kim",
            "Leo Lopez", "Maya Müller", "Noah Nowak", "Olivia Ortiz", "Priya Patel", "Quinn Quarles", "Ravi Rao",
            "Sofia Silva", "Tom Taylor", "Uma Usman", "Victor Vega", "Wren Walsh", "Xavi Xu", "Yara Young",
            "Zoe Zimmer", "Amir Aziz", "Bea Brown", "Carl Costa", "Dana Diaz");
    /** Sessions in a past week, cycled through per member: met, partly, missed, met, partly. */
    private static final int[] PAST = {3, 2, 0, 3, 1};
    private static final List<DayOfWeek> DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);

    private DemoMembers() {
    }

    /** The demo-only address of member {@code n}, 1 to {@link #COUNT}: {@code member01@demo.limber.run} and on. */
    static String email(int n) {
        return "member%02d@demo.limber.run".formatted(n);
    }

    static String name(int n) {
        return NAMES.get(n - 1);
    }

    /** Marathon group: members 1 to 20 (and the demo runner); it has the assignment. */
    static boolean inMarathonGroup(int n) {
        return n <= 20;
    }

    /** Tuesday squad: members 15 to 30, some in both groups. */
    static boolean inTuesdaySquad(int n) {
        return n >= 15;
    }

    /**
     * When member {@code n} played the routine: before-run sessions on Monday, Wednesday and Friday mornings of past
     * weeks, as many as their pattern says, and this week spread between Monday and {@code now} (all three for every
     * third member, one for some, none for the rest).
     */
    static List<Instant> sessions(int n, LocalDate thisMonday, Instant now) {
        var played = new ArrayList<Instant>();
        for (int week = 1; week <= PAST_WEEKS; week++) {
            var monday = thisMonday.minusWeeks(week);
            int count = PAST[(n + week) % PAST.length];
            for (int i = 0; i < count; i++) {
                played.add(monday.with(DAYS.get(i)).atTime(7, 0).toInstant(ZoneOffset.UTC));
            }
        }
        var start = thisMonday.atStartOfDay().toInstant(ZoneOffset.UTC);
        var sofar = Duration.between(start, now);
        int thisWeek = n % 3 == 0 ? TARGET : n % 3 == 1 ? 1 : 0;
        for (int i = 1; i <= thisWeek; i++) {
            played.add(start.plus(sofar.multipliedBy(i).dividedBy(TARGET + 1)));
        }
        return played;
    }
}
