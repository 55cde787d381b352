package run.limber.admin.base;

/**
 * How admin previews write a time estimate: as the runner pages round it (whole minutes), with the
 * exact seconds beside it so editors see the effect of every change.
 */
public final class Durations {

    private Durations() {
    }

    /** 95 → "about 2 min (95 s)". */
    public static String about(int seconds) {
        return "about " + Math.max(1, Math.round(seconds / 60f)) + " min (" + seconds + " s)";
    }
}
