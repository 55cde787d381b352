package run.limber.api.drills;

import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.drills.TargetArea;

/** A drill in a list: enough to choose it. */
public record DrillSummaryBody(String slug, String name, String focus, Set<TargetArea> targetAreas,
                               Set<Timing> timings, String prescriptionLabel, int estimatedSeconds) {

    static DrillSummaryBody of(PublishedDrill drill) {
        var content = drill.content();
        return new DrillSummaryBody(content.slug(), content.name(), content.focus(), content.targetAreas(),
                content.timings(), content.prescription().label(), content.prescription().estimatedSeconds());
    }
}
