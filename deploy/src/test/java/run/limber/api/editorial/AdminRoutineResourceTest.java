package run.limber.api.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

@QuarkusTest
class AdminRoutineResourceTest {

    private static final String ROUTINES = "/api/v1/admin/routines";

    @Test
    void aRoutineOfPublishedDrillsIsPublishedThroughReview() {
        String slug = Drafts.uniqueSlug("hips");
        DemoCallers.editor().given().contentType(ContentType.JSON)
                .body(Drafts.routine(slug, "Hips first", List.of("hip-switches", "standing-hip-cars")))
                .when().post(ROUTINES)
                .then().statusCode(201)
                .body("drills.drill", contains("hip-switches", "standing-hip-cars"));
        DemoCallers.editor().given().when().post(ROUTINES + "/" + slug + "/submit").then().statusCode(200);
        DemoCallers.admin().given().when().post(ROUTINES + "/" + slug + "/publish").then().statusCode(200);

        given().when().get("/api/v1/routines/" + slug).then().statusCode(200)
                .body("drills.slug", contains("hip-switches", "standing-hip-cars"));
    }

    @Test
    void aRoutineMayOnlyUsePublishedDrills() {
        String draftDrill = Drafts.uniqueSlug("unpublished-drill");
        DemoCallers.editor().given().contentType(ContentType.JSON).body(Drafts.drill(draftDrill, "Not yet"))
                .when().post("/api/v1/admin/drills").then().statusCode(201);

        DemoCallers.editor().given().contentType(ContentType.JSON)
                .body(Drafts.routine(Drafts.uniqueSlug("mixed"), "Mixed", List.of("hip-switches", draftDrill)))
                .when().post(ROUTINES)
                .then().statusCode(400)
                .body("errors[0].field", is("drills[1].drill"))
                .body("errors[0].message", is("No published drill '" + draftDrill + "'."));
    }
}
