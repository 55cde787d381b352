package run.limber.domain.plan;

import java.util.ArrayList;
import java.util.Objects;
import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.PrescribedSet;
import run.limber.domain.drills.Side;
import run.limber.domain.drills.SideUnit;

/** The short lines the player shows: what to do in a set, and what to change before the next one. */
final class Cues {

    private Cues() {
    }

    /** E.g. "Left leg, foot turned 45° to the left: 5–10 reps." */
    static String forSet(Prescription prescription, PrescribedSet set) {
        var parts = new ArrayList<String>();
        if (prescription.alternateSides()) {
            parts.add("Alternate " + prescription.sideUnit().noun() + "s every rep");
        }
        if (set.side() != null) {
            parts.add(where(set.side(), prescription.sideUnit()));
        }
        if (set.angle() != null) {
            parts.add(set.angle().label());
        }
        if (set.direction() != null) {
            parts.add(set.direction().label());
        }
        String what = capitalize(String.join(", ", parts));
        String reps = set.reps().label() + (set.reps().isFixed() && set.reps().min() == 1 ? " rep" : " reps");
        return what.isEmpty() ? capitalize(reps) + "." : what + ": " + reps + (prescription.alternateSides() ? " in total." : ".");
    }

    /** What changes between two sets of one drill: the side first, since that is the biggest move. */
    static String withinDrill(Prescription prescription, PrescribedSet previous, PrescribedSet next) {
        SideUnit unit = prescription.sideUnit();
        var changes = new ArrayList<String>();
        if (!Objects.equals(previous.side(), next.side())) {
            changes.add(unit == SideUnit.LEG ? "switch legs: now the " + next.side().label(unit)
                    : "switch sides: turn over onto your " + next.side().label(unit));
        }
        if (next.angle() != null && !Objects.equals(previous.angle(), next.angle())) {
            changes.add(angleChange(next.angle()));
        }
        if (next.direction() != null && !Objects.equals(previous.direction(), next.direction())) {
            changes.add(directionChange(next.direction()));
        }
        return capitalize(String.join(", then ", changes)) + ".";
    }

    /** Before a drill's first set, when another drill came before it. */
    static String nextDrill(String name, Prescription prescription, PrescribedSet first) {
        String start = first.side() == null ? "" : ", starting with the " + first.side().label(prescription.sideUnit());
        return "Next drill: " + name + start + ".";
    }

    private static String where(Side side, SideUnit unit) {
        return unit == SideUnit.LEG ? side.label(unit) : "lying on your " + side.label(unit);
    }

    private static String angleChange(FootAngle angle) {
        return switch (angle) {
            case STRAIGHT -> "point your foot straight ahead";
            case LEFT_45 -> "turn your foot 45° left";
            case RIGHT_45 -> "turn your foot 45° right";
        };
    }

    private static String directionChange(Direction direction) {
        return switch (direction) {
            case FORWARD -> "circle forwards: " + direction.label();
            case REVERSE -> "reverse the circle: " + direction.label();
        };
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
