package run.limber.api.drills;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.drills.Tip;

/** A whole published drill: everything a runner needs to do it. */
public record DrillBody(String slug, String name, String focus, Set<TargetArea> targetAreas, Set<Timing> timings,
                        String whyItMatters, String setup, List<String> steps, String feel, List<Tip> tips,
                        PrescriptionBody prescription, List<IllustrationBody> illustrations, int revision,
                        Instant publishedAt) {

    static DrillBody of(PublishedDrill drill) {
        var c = drill.content();
        return new DrillBody(c.slug(), c.name(), c.focus(), c.targetAreas(), c.timings(), c.whyItMatters(), c.setup(),
                c.steps(), c.feel(), c.tips(), PrescriptionBody.of(c.prescription()),
                c.illustrations().stream().map(IllustrationBody::of).toList(), drill.revision(),
                drill.publishedAt());
    }
}
