package run.limber.webui.player;

import java.util.ArrayList;
import run.limber.domain.drills.RepRange;
import run.limber.domain.plan.PlanStep;

/** A step's side, angle and direction, and its reps, as the player's headline shows them. */
final class StepText {

    private StepText() {
    }

    /** E.g. "Left leg · foot turned 45° to the left"; empty when nothing applies. */
    static String where(PlanStep step, String sideNoun) {
        var parts = new ArrayList<String>();
        if (step.side() != null) {
            parts.add(step.side().name().charAt(0) + step.side().name().substring(1).toLowerCase() + " " + sideNoun);
        }
        if (step.angle() != null) {
            parts.add(step.angle().label());
        }
        if (step.direction() != null) {
            parts.add(step.direction().label());
        }
        return String.join(" · ", parts);
    }

    static String reps(RepRange reps) {
        return reps.label() + (reps.isFixed() && reps.min() == 1 ? " rep" : " reps");
    }

    /** "m:ss". */
    static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
