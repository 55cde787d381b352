package run.limber.api.editorial;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.api.media.Images;
import run.limber.testing.DemoCallers;

@QuarkusTest
class IllustratedDrillTest {

    @Test
    void runnersSeeTheIllustrationsOfAPublishedDrillWithTheirAltText() {
        String slug = Drafts.uniqueSlug("illustrated");
        String drillImage = upload();
        String stepImage = upload();
        var drill = Drafts.drill(slug, "Illustrated drill");
        drill.put("illustrations", List.of(Map.of("media", drillImage, "alt", "Runner standing beside a wall"),
                Map.of("media", stepImage, "alt", "Heel lifted off the floor", "step", 1)));
        DemoCallers.editor().given().contentType(ContentType.JSON).body(drill)
                .when().post("/api/v1/admin/drills").then().statusCode(201)
                .body("illustrations.media", contains(drillImage, stepImage));
        DemoCallers.editor().given().when().post("/api/v1/admin/drills/" + slug + "/submit").then().statusCode(200);
        DemoCallers.admin().given().when().post("/api/v1/admin/drills/" + slug + "/publish").then().statusCode(200);

        DemoCallers.runner().given().when().get("/api/v1/drills/" + slug)
                .then().statusCode(200)
                .body("illustrations.url", contains("/api/v1/media/" + drillImage, "/api/v1/media/" + stepImage))
                .body("illustrations.alt", contains("Runner standing beside a wall", "Heel lifted off the floor"))
                .body("illustrations[0].step", nullValue())
                .body("illustrations[1].step", is(1));
    }

    @Test
    void anIllustrationNeedsAnUploadedImageAndAltText() {
        var drill = Drafts.drill(Drafts.uniqueSlug("unillustrated"), "Unillustrated");
        drill.put("illustrations", List.of(Map.of("media", "0b7e5c9a-3f1d-4c2e-9a8b-6d5e4f3a2b1c", "alt", ""),
                Map.of("media", upload(), "alt", "A step that is not there", "step", 9)));
        DemoCallers.editor().given().contentType(ContentType.JSON).body(drill)
                .when().post("/api/v1/admin/drills").then().statusCode(400)
                .body("errors.field", contains("illustrations[0].media", "illustrations[0].alt",
                        "illustrations[1].step"));
    }

    private static String upload() {
        return DemoCallers.editor().given().contentType("image/png").body(Images.png())
                .when().post("/api/v1/admin/media").then().statusCode(201).extract().path("id");
    }
}
