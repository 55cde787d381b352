package run.limber.domain.drills;

import com.fasterxml.jackson.annotation.JsonIgnore;

/** How many reps a set asks for: a fixed count (min = max) or a range such as 5–10. */
public record RepRange(int min, int max) {

    public static final int MAX_REPS = 100;

    public RepRange {
        if (min < 1 || max > MAX_REPS || min > max) {
            throw new IllegalArgumentException("reps must satisfy 1 <= min <= max <= " + MAX_REPS + ", got " + min + "–" + max);
        }
    }

    public static RepRange fixed(int count) {
        return new RepRange(count, count);
    }

    @JsonIgnore
    public boolean isFixed() {
        return min == max;
    }

    /** The count a runner usually does: the middle of the range, rounded up. Used for time estimates. */
    @JsonIgnore
    public int typical() {
        return (min + max + 1) / 2;
    }

    /** "10" or "5–10". */
    public String label() {
        return isFixed() ? Integer.toString(min) : min + "–" + max;
    }
}
