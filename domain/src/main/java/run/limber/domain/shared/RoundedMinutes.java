package run.limber.domain.shared;

/**
 * A time as Limber shows its estimates and logged sessions: whole minutes, half a minute rounding up,
 * and never less than one, since neither is stopwatch-exact and "0 min" reads as nothing to do.
 *
 * @param value at least 1
 */
public record RoundedMinutes(long value) {

    public RoundedMinutes {
        if (value < 1) {
            throw new IllegalArgumentException("rounded minutes are at least 1, not " + value);
        }
    }

    public static RoundedMinutes of(long seconds) {
        return new RoundedMinutes(Math.max(1, (seconds + 30) / 60));
    }

    /** "about 3 min". */
    public String about() {
        return "about " + value + " min";
    }
}
