package run.limber.webui.base;

/** Time estimates in the words runners see. */
public final class Durations {

    private Durations() {
    }

    /** "about 3 min": whole minutes, never less than one, since the estimates are not stopwatch-exact. */
    public static String about(int seconds) {
        return "about " + Math.max(1, Math.round(seconds / 60f)) + " min";
    }
}
