package run.limber.admin.base;

import run.limber.domain.shared.RoundedMinutes;

/**
 * How admin previews write a time estimate: as the runner pages round it (whole minutes), with the
 * exact seconds beside it so editors see the effect of every change.
 */
public final class Durations {

    private Durations() {
    }

    /** 95 → "about 2 min (95 s)". */
    public static String about(int seconds) {
        return RoundedMinutes.of(seconds).about() + " (" + seconds + " s)";
    }
}
