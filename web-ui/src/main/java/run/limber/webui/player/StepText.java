package run.limber.webui.player;

import java.util.ArrayList;
import java.util.Optional;
import run.limber.domain.drills.RepRange;
import run.limber.domain.plan.PlanStep;
import run.limber.domain.player.PlayerState;
import run.limber.domain.routines.RoutineEntry;

/** The player's words for a step: its heading, where (side, angle, direction), its reps and its key cue. */
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

    /** "Set 3 of 15", or what kind of change a transition is: the "switch sides" screen says so first. */
    static String heading(PlayerState state, PlanStep step) {
        if (step.isSet()) {
            return "Set " + (state.setsBehind() + 1) + " of " + state.setCount();
        }
        PlanStep before = state.plan().steps().get(state.stepIndex() - 1);
        if (!before.drill().equals(step.drill())) {
            return "Next drill";
        }
        return before.side() != step.side() ? "Switch sides" : "Change position";
    }

    /** The drill's first coaching tip, first sentence only: one thing to keep in mind during the set. */
    static Optional<String> keyCue(RoutineEntry entry) {
        return entry.drill().content().tips().stream().findFirst().map(tip -> {
            int end = tip.text().indexOf(". ");
            return tip.kind().label() + ": " + (end < 0 ? tip.text() : tip.text().substring(0, end + 1));
        });
    }

    static String reps(RepRange reps) {
        return reps.label() + (reps.isFixed() && reps.min() == 1 ? " rep" : " reps");
    }

    /** "m:ss". */
    static String clock(long seconds) {
        return seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
