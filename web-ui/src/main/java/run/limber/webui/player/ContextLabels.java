package run.limber.webui.player;

import run.limber.domain.sessions.SessionContext;

/** The contexts in runners' words. */
final class ContextLabels {

    private ContextLabels() {
    }

    static String of(SessionContext context) {
        return switch (context) {
            case BEFORE_RUN -> "Before a run";
            case AFTER_RUN -> "After a run";
            case REST_DAY -> "Rest day";
        };
    }
}
