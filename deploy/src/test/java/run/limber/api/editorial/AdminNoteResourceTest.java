package run.limber.api.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

@QuarkusTest
class AdminNoteResourceTest {

    private static final String NOTES = "/api/v1/admin/notes";

    @Test
    void aNoteGoesFromDraftThroughReviewToRunners() {
        String slug = Drafts.uniqueSlug("sleep");
        DemoCallers.editor().given().contentType(ContentType.JSON).body(Drafts.note(slug, "Sleep"))
                .when().post(NOTES)
                .then().statusCode(201)
                .body("title", is("Sleep"))
                .body("body", is("Sleep **eight** hours."))
                .body("status", is("DRAFT"));
        given().when().get("/api/v1/notes/" + slug).then().statusCode(404);

        DemoCallers.editor().given().when().post(NOTES + "/" + slug + "/submit").then().statusCode(200);
        DemoCallers.editor().given().when().post(NOTES + "/" + slug + "/publish").then().statusCode(403);
        DemoCallers.admin().given().when().post(NOTES + "/" + slug + "/publish").then().statusCode(200)
                .body("status", is("PUBLISHED"));

        given().when().get("/api/v1/notes/" + slug).then().statusCode(200)
                .body("bodyHtml", is("<p>Sleep <strong>eight</strong> hours.</p>\n"));
    }

    @Test
    void aNoteNeedsABody() {
        var note = Drafts.note(Drafts.uniqueSlug("empty"), "Empty");
        note.remove("body");
        DemoCallers.editor().given().contentType(ContentType.JSON).body(note)
                .when().post(NOTES)
                .then().statusCode(400)
                .body("errors[0].field", is("body"))
                .body("errors[0].message", is("Required."));
    }

    @Test
    void slugsAreUniquePerKindOnly() {
        // "hip-switches" is a drill; a note may use the same slug
        var note = Drafts.note("hip-switches", "Why hip switches help");
        DemoCallers.editor().given().contentType(ContentType.JSON).body(note)
                .when().post(NOTES)
                .then().statusCode(201);
    }
}
