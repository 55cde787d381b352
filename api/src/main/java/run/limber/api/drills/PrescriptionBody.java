package run.limber.api.drills;

import java.util.List;
import run.limber.domain.drills.CountedPer;
import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.PrescribedSet;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.RepRange;
import run.limber.domain.drills.Side;
import run.limber.domain.drills.SideUnit;

/**
 * A prescription with what Limber derives from it: the plain-words label, the sets in order and
 * the time estimate.
 */
public record PrescriptionBody(RepRange reps, CountedPer countedPer, List<Side> sides, SideUnit sideUnit,
                               boolean alternateSides, List<FootAngle> angles, List<Direction> directions,
                               int secondsPerRep, String label, int estimatedSeconds, List<PrescribedSet> sets) {

    public static PrescriptionBody of(Prescription p) {
        return new PrescriptionBody(p.reps(), p.countedPer(), p.sides(), p.sideUnit(), p.alternateSides(), p.angles(),
                p.directions(), p.secondsPerRep(), p.label(), p.estimatedSeconds(), p.sets());
    }
}
