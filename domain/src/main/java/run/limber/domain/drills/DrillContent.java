package run.limber.domain.drills;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import run.limber.domain.content.Timing;
import run.limber.domain.shared.EnumSets;
import run.limber.domain.shared.Slug;

/**
 * Everything an editor writes about a drill; one revision's body. The same shape travels through
 * the content bundle and the API.
 */
public record DrillContent(String slug, String name, String focus, Set<TargetArea> targetAreas, Set<Timing> timings,
                           String whyItMatters, String setup, List<String> steps, String feel, List<Tip> tips,
                           Prescription prescription) {

    public DrillContent {
        new Slug(slug);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(prescription, "prescription");
        targetAreas = EnumSets.ordered(targetAreas, TargetArea.class);
        timings = EnumSets.ordered(timings, Timing.class);
        steps = steps == null ? List.of() : List.copyOf(steps);
        tips = tips == null ? List.of() : List.copyOf(tips);
    }
}
