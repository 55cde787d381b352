package run.limber.domain.sessions;

/** When in a runner's week a session happened, which decides the routine the app suggests. */
public enum SessionContext {
    BEFORE_RUN, AFTER_RUN, REST_DAY
}
