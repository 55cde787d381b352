package run.limber.api.editorial;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Valid request bodies with unique slugs, so tests never share content. */
final class Drafts {

    private Drafts() {
    }

    static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> drill(String slug, String name) {
        var drill = new HashMap<String, Object>();
        drill.put("slug", slug);
        drill.put("name", name);
        drill.put("focus", "ankle mobility");
        drill.put("targetAreas", List.of("ANKLE"));
        drill.put("timings", List.of("BEFORE_RUN"));
        drill.put("whyItMatters", "Stiff ankles shorten the stride.");
        drill.put("setup", "Stand tall beside a wall.");
        drill.put("steps", new ArrayList<>(List.of("Lift the heel", "Circle the ankle", "Lower slowly")));
        drill.put("feel", "Warmth around the ankle");
        drill.put("tips", List.of(Map.of("kind", "PRO_TIP", "text", "Go slow")));
        drill.put("prescription", Map.of("reps", Map.of("min", 5, "max", 10), "sides", List.of("LEFT", "RIGHT"),
                "sideUnit", "LEG", "alternateSides", false, "angles", List.of(), "directions", List.of(),
                "secondsPerRep", 3));
        return drill;
    }

    static Map<String, Object> note(String slug, String title) {
        return new HashMap<>(Map.of("slug", slug, "title", title, "category", "RECOVERY", "timing", "AFTER_RUN",
                "body", "Sleep **eight** hours.", "medicalDisclaimer", true));
    }

    static Map<String, Object> routine(String slug, String name, List<String> drills) {
        return new HashMap<>(Map.of("slug", slug, "name", name, "description", "A short one",
                "timings", List.of("BEFORE_RUN"), "frequency", Map.of("min", 3, "max", 4),
                "drills", drills.stream().map(drill -> Map.of("drill", drill)).toList()));
    }
}
