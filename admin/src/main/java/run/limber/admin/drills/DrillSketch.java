package run.limber.admin.drills;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.TargetArea;

/** A drill as typed so far, for the preview: any part may be blank, the prescription incomplete. */
record DrillSketch(String name, String focus, Set<TargetArea> targetAreas, Set<Timing> timings, String whyItMatters,
                   String setup, List<String> steps, String feel, List<TipsField.TypedTip> tips,
                   Optional<Prescription> prescription, List<IllustrationsField.TypedIllustration> illustrations) {
}
