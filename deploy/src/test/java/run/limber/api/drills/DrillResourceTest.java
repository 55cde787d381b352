package run.limber.api.drills;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DrillResourceTest {

    @Test
    void listsTheFiveDrillsAsOnePage() {
        given().when().get("/api/v1/drills")
                .then().statusCode(200)
                .body("page", is(0))
                .body("size", is(20))
                .body("items.slug", hasItems("straight-leg-ankle-matrix", "dynamic-calf-stretch", "standing-hip-cars",
                        "hip-switches", "side-lying-open-books"))
                .body("items.find { it.slug == 'straight-leg-ankle-matrix' }.prescriptionLabel",
                        is("5–10 reps at each of 3 foot angles, each leg"))
                .body("items.find { it.slug == 'straight-leg-ankle-matrix' }.targetAreas", contains("ANKLE", "CALF"));
    }

    @Test
    void filtersByTargetAreaInAnyCase() {
        given().queryParam("target", "thoracic_spine").when().get("/api/v1/drills")
                .then().statusCode(200)
                .body("items.slug", hasItem("side-lying-open-books"))
                .body("items.targetAreas", everyItem(hasItem("THORACIC_SPINE")))
                .body("items.slug", not(hasItem("standing-hip-cars")));
    }

    @Test
    void filtersByTimingAndTargetTogether() {
        given().queryParam("timing", "After_Run").queryParam("target", "HIP").when().get("/api/v1/drills")
                .then().statusCode(200)
                .body("items.timings", everyItem(hasItem("AFTER_RUN")))
                .body("items.targetAreas", everyItem(hasItem("HIP")))
                .body("items.slug", hasItems("hip-switches", "side-lying-open-books"))
                .body("items.slug", not(hasItem("straight-leg-ankle-matrix")));
    }

    @Test
    void pagesThroughTheLibrary() {
        given().queryParam("size", 2).queryParam("page", 1).when().get("/api/v1/drills")
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", is(1))
                .body("size", is(2));
    }

    @Test
    void anUnknownFilterValueNamesTheAllowedOnes() {
        given().queryParam("target", "knee").queryParam("timing", "lunchtime").when().get("/api/v1/drills")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("errors.field", contains("target", "timing"))
                .body("errors[0].message", is("unknown value 'knee'; allowed: ANKLE, CALF, HIP, THORACIC_SPINE"))
                .body("errors[1].message", is("unknown value 'lunchtime'; allowed: BEFORE_RUN, REST_DAY, AFTER_RUN"));
    }

    @Test
    void pageSizesAboveOneHundredAreRefused() {
        given().queryParam("size", 101).when().get("/api/v1/drills")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("size"));
    }

    @Test
    void aDrillCarriesItsStructuredPrescriptionAndLabel() {
        given().when().get("/api/v1/drills/standing-hip-cars")
                .then().statusCode(200)
                .body("name", is("Standing Hip CARs"))
                .body("steps.size()", greaterThan(3))
                .body("tips[0].kind", is("KEY_POINT"))
                .body("prescription.reps.min", is(10))
                .body("prescription.reps.max", is(10))
                .body("prescription.countedPer", is("EACH_DIRECTION"))
                .body("prescription.sides", contains("LEFT", "RIGHT"))
                .body("prescription.directions", contains("FORWARD", "REVERSE"))
                .body("prescription.label", is("10 reps in each direction, each leg"))
                .body("prescription.sets", hasSize(4))
                .body("prescription.sets[1].direction", is("REVERSE"))
                .body("prescription.sets[1].angle", nullValue())
                .body("revision", is(1));
    }

    @Test
    void anUnknownDrillIsAProblemNotAPage() {
        given().when().get("/api/v1/drills/knee-circles")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", is("Not found"))
                .body("detail", startsWith("No drill 'knee-circles'"));
    }
}
