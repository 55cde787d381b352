package run.limber.api.drills;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
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
public record PrescriptionBody(@Schema(required = true) RepRange reps, @Schema(required = true) CountedPer countedPer,
                               @Schema(required = true) List<Side> sides, @Schema(required = true) SideUnit sideUnit,
                               @Schema(required = true) boolean alternateSides,
                               @Schema(required = true) List<FootAngle> angles,
                               @Schema(required = true) List<Direction> directions,
                               @Schema(required = true) int secondsPerRep, @Schema(required = true) String label,
                               @Schema(required = true) int estimatedSeconds,
                               @Schema(required = true) List<PrescribedSet> sets) {

    public static PrescriptionBody of(Prescription p) {
        return new PrescriptionBody(p.reps(), p.countedPer(), p.sides(), p.sideUnit(), p.alternateSides(), p.angles(),
                p.directions(), p.secondsPerRep(), p.label(), p.estimatedSeconds(), p.sets());
    }
}
