package run.limber.webui.routines;

import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.shared.RoundedMinutes;

/** The one-line summary of what a routine asks of you. */
final class RoutineFacts {

    private RoutineFacts() {
    }

    /** "5 drills · about 12 min · 3–4 times a week". */
    static String summary(PublishedRoutine routine) {
        int drills = routine.drills().size();
        return (drills == 1 ? "1 drill" : drills + " drills")
                + " · " + RoundedMinutes.of(routine.estimatedSeconds()).about()
                + " · " + routine.content().frequency().label();
    }
}
