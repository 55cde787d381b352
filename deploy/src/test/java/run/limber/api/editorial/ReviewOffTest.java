package run.limber.api.editorial;

import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

/** With {@code limber.content.require-review=false} editors publish their own work, straight from a draft. */
@QuarkusTest
@TestProfile(ReviewOffTest.ReviewOff.class)
class ReviewOffTest {

    public static class ReviewOff implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limber.content.require-review", "false");
        }
    }

    @Test
    void anEditorPublishesTheirOwnDraftWithoutReview() {
        String slug = Drafts.uniqueSlug("self-published");
        DemoCallers.editor().given().body(Drafts.drill(slug, "Self-published")).when().post("/api/v1/admin/drills")
                .then().statusCode(201);

        DemoCallers.editor().given().when().post("/api/v1/admin/drills/" + slug + "/publish")
                .then().statusCode(200).body("status", is("PUBLISHED"));
        DemoCallers.runner().given().when().get("/api/v1/drills/" + slug)
                .then().statusCode(200).body("name", is("Self-published"));
    }

    @Test
    void anEditorMayPublishOnImport() {
        String slug = Drafts.uniqueSlug("imported-by-editor");
        var bundle = Map.of("format", "limber-content", "formatVersion", 1,
                "notes", List.of(Drafts.note(slug, "Imported by an editor")));
        DemoCallers.editor().given().queryParam("publish", true).body(bundle)
                .when().post("/api/v1/admin/content/import")
                .then().statusCode(200).body("published", is(true)).body("created", is(1));
        DemoCallers.runner().given().when().get("/api/v1/notes/" + slug).then().statusCode(200);
    }
}
