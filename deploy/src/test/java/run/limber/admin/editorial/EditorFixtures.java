package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.inject.spi.CDI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import run.limber.domain.editorial.EditorialService;

/** Content made through the service, as the signed-in account, with unique slugs so tests never share it. */
public final class EditorFixtures {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EditorFixtures() {
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static EditorialService editorial() {
        return CDI.current().select(EditorialService.class).get();
    }

    public static JsonNode drill(String slug, String name) {
        return MAPPER.valueToTree(Map.of("slug", slug, "name", name, "focus", "ankle mobility",
                "targetAreas", List.of("ANKLE"), "timings", List.of("BEFORE_RUN"),
                "steps", List.of("Lift the heel", "Lower slowly"),
                "tips", List.of(Map.of("kind", "PRO_TIP", "text", "Go slow")),
                "prescription", Map.of("reps", Map.of("min", 5, "max", 10), "sides", List.of("LEFT", "RIGHT"),
                        "secondsPerRep", 3)));
    }

    public static JsonNode note(String slug, String title, String body) {
        return MAPPER.valueToTree(Map.of("slug", slug, "title", title, "category", "RECOVERY", "timing", "AFTER_RUN",
                "body", body, "medicalDisclaimer", true));
    }
}
