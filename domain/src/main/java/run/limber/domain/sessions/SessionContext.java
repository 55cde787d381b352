package run.limber.domain.sessions;

import run.limber.domain.content.Timing;

/** When in a runner's week a session happened, which decides the routine the app suggests. */
public enum SessionContext {
    BEFORE_RUN, AFTER_RUN, REST_DAY;

    /** The same moment as content names it ("Before a run"). */
    public Timing timing() {
        return Timing.valueOf(name());
    }
}
