package run.limber.domain.drills;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * How a drill is dosed: a rep count and the dimensions that multiply it into sets — the sides
 * (in the order they are worked), foot angles and directions. The plain-words label, the sets the
 * player runs and the time estimate are all derived from it, so they can never disagree.
 *
 * @param alternateSides one set alternates sides rep by rep; the count is then the total
 * @param secondsPerRep  how long one rep takes at a controlled pace, for time estimates
 */
public record Prescription(RepRange reps, List<Side> sides, SideUnit sideUnit, boolean alternateSides,
                           List<FootAngle> angles, List<Direction> directions, int secondsPerRep) {

    /** Time to reset between two sets of one drill: change foot angle, direction or leg. */
    public static final int SECONDS_BETWEEN_SETS = 5;
    public static final int MIN_SECONDS_PER_REP = 1;
    public static final int MAX_SECONDS_PER_REP = 60;

    public Prescription {
        Objects.requireNonNull(reps, "reps");
        sides = distinct(sides, "sides");
        angles = distinct(angles, "angles");
        directions = distinct(directions, "directions");
        sideUnit = sideUnit == null ? SideUnit.LEG : sideUnit;
        if (alternateSides && sides.size() != 2) {
            throw new IllegalArgumentException("alternating needs both sides");
        }
        if (secondsPerRep < MIN_SECONDS_PER_REP || secondsPerRep > MAX_SECONDS_PER_REP) {
            throw new IllegalArgumentException(
                    "seconds per rep must be between " + MIN_SECONDS_PER_REP + " and " + MAX_SECONDS_PER_REP);
        }
    }

    /** What one rep count applies to: the innermost dimension that splits the work into sets. */
    public CountedPer countedPer() {
        if (!angles.isEmpty()) {
            return CountedPer.EACH_ANGLE;
        }
        if (!directions.isEmpty()) {
            return CountedPer.EACH_DIRECTION;
        }
        return sides.isEmpty() || alternateSides ? CountedPer.TOTAL : CountedPer.EACH_SIDE;
    }

    /** The prescription in plain words, e.g. "5–10 reps at each of 3 foot angles, each leg". */
    public String label() {
        String count = reps.label() + (reps.isFixed() && reps.min() == 1 ? " rep" : " reps");
        if (alternateSides) {
            return count + " in total, alternating " + sideUnit.noun() + "s"
                    + (reps.isFixed() && reps.min() % 2 == 0 ? " (" + reps.min() / 2 + " each " + sideUnit.noun() + ")" : "");
        }
        String unit = switch (countedPer()) {
            case EACH_ANGLE -> angles.size() == 1 ? "with the " + angles.getFirst().label()
                    : "at each of " + angles.size() + " foot angles";
            case EACH_DIRECTION -> directions.size() == 1 ? "moving " + directions.getFirst().label()
                    : directions.size() == 2 ? "in each direction" : "in each of " + directions.size() + " directions";
            case EACH_SIDE -> sides.size() == 1 ? "on the " + sides.getFirst().label(sideUnit) : "per " + sideUnit.noun();
            case TOTAL -> "in total";
        };
        String sidePart = switch (countedPer()) {
            case EACH_ANGLE, EACH_DIRECTION -> sides.isEmpty() ? ""
                    : sides.size() == 1 ? ", " + sides.getFirst().label(sideUnit) : ", each " + sideUnit.noun();
            case EACH_SIDE, TOTAL -> "";
        };
        return count + " " + unit + sidePart;
    }

    /** Every set in the order it is done: each side, and within it each angle and direction. */
    public List<PrescribedSet> sets() {
        var sets = new ArrayList<PrescribedSet>();
        for (Side side : orNone(alternateSides ? List.of() : sides)) {
            for (FootAngle angle : orNone(angles)) {
                for (Direction direction : orNone(directions)) {
                    sets.add(new PrescribedSet(side, angle, direction, reps));
                }
            }
        }
        return List.copyOf(sets);
    }

    /** Time for the whole prescription: every set at the typical rep count, plus the resets between sets. */
    public int estimatedSeconds() {
        int sets = sets().size();
        return sets * reps.typical() * secondsPerRep + (sets - 1) * SECONDS_BETWEEN_SETS;
    }

    /** The same prescription with another rep count, as a routine may ask for. */
    public Prescription withReps(RepRange newReps) {
        return new Prescription(newReps, sides, sideUnit, alternateSides, angles, directions, secondsPerRep);
    }

    private static <T> List<T> distinct(List<T> values, String name) {
        List<T> list = values == null ? List.of() : List.copyOf(values);
        if (new HashSet<>(list).size() != list.size()) {
            throw new IllegalArgumentException(name + " must not repeat");
        }
        return list;
    }

    /** A dimension that is not used still yields one pass, with null for "does not apply". */
    private static <T> List<T> orNone(List<T> values) {
        return values.isEmpty() ? Collections.singletonList(null) : values;
    }
}
