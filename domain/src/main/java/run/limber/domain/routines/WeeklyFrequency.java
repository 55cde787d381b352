package run.limber.domain.routines;

/** How many times a week a routine is meant to be done, e.g. 3–4. */
public record WeeklyFrequency(int min, int max) {

    public static final int MAX_PER_WEEK = 7;

    public WeeklyFrequency {
        if (min < 1 || max > MAX_PER_WEEK || min > max) {
            throw new IllegalArgumentException("weekly frequency must satisfy 1 <= min <= max <= " + MAX_PER_WEEK);
        }
    }

    /** "3–4 times a week", "once a week", "after every run" is left to the routine's description. */
    public String label() {
        if (min == max) {
            return min == 1 ? "once a week" : min == 2 ? "twice a week" : min + " times a week";
        }
        return min + "–" + max + " times a week";
    }
}
