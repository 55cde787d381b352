package run.limber.api.editorial;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import run.limber.testing.DemoCallers;

/** Valid request bodies with unique slugs, so tests never share content. */
public final class Drafts {

    private Drafts() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> drill(String slug, String name) {
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

    public static Map<String, Object> note(String slug, String title) {
        return new HashMap<>(Map.of("slug", slug, "title", title, "category", "RECOVERY", "timing", "AFTER_RUN",
                "body", "Sleep **eight** hours.", "medicalDisclaimer", true));
    }

    public static Map<String, Object> routine(String slug, String name, List<String> drills) {
        return new HashMap<>(Map.of("slug", slug, "name", name, "description", "A short one",
                "timings", List.of("BEFORE_RUN"), "frequency", Map.of("min", 3, "max", 4),
                "drills", drills.stream().map(drill -> Map.of("drill", drill)).toList()));
    }

    /** Publishes a new revision of published content: edit, submit, approve. */
    public static void republish(String kind, String slug, Map<String, Object> content) {
        String item = "/api/v1/admin/" + kind + "/" + slug;
        String etag = DemoCallers.editor().given().when().get(item).then().statusCode(200).extract().header("ETag");
        DemoCallers.editor().given().contentType(ContentType.JSON).header("If-Match", etag).body(content)
                .when().put(item).then().statusCode(200);
        DemoCallers.editor().given().when().post(item + "/submit").then().statusCode(200);
        DemoCallers.admin().given().when().post(item + "/publish").then().statusCode(200);
    }
}
