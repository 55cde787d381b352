package run.limber.api.drills;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.PublishedDrill;
import run.limber.domain.drills.TargetArea;
import run.limber.domain.drills.Tip;

/** A whole published drill: everything a runner needs to do it. */
public record DrillBody(@Schema(required = true) String slug, @Schema(required = true) String name, String focus,
                        @Schema(required = true) Set<TargetArea> targetAreas,
                        @Schema(required = true) Set<Timing> timings, String whyItMatters, String setup,
                        @Schema(required = true) List<String> steps, String feel,
                        @Schema(required = true) List<Tip> tips,
                        @Schema(required = true) PrescriptionBody prescription,
                        @Schema(required = true) List<IllustrationBody> illustrations,
                        @Schema(required = true) int revision, @Schema(required = true) Instant publishedAt) {

    static DrillBody of(PublishedDrill drill) {
        var c = drill.content();
        return new DrillBody(c.slug(), c.name(), c.focus(), c.targetAreas(), c.timings(), c.whyItMatters(), c.setup(),
                c.steps(), c.feel(), c.tips(), PrescriptionBody.of(c.prescription()),
                c.illustrations().stream().map(IllustrationBody::of).toList(), drill.revision(),
                drill.publishedAt());
    }
}
