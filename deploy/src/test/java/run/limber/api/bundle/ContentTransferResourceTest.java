package run.limber.api.bundle;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;
import run.limber.testing.DemoCallers.Caller;

@QuarkusTest
class ContentTransferResourceTest {

    private static final String IMPORT = "/api/v1/admin/content/import";

    @Test
    void theExportIsAVersionedFileOfEveryPublishedItem() {
        DemoCallers.editor().given().when().get("/api/v1/admin/content/export")
                .then().statusCode(200)
                .header("Content-Disposition", startsWith("attachment; filename=\"limber-content-published-"))
                .body("format", is("limber-content"))
                .body("formatVersion", is(1))
                .body("drills.slug", hasItems("straight-leg-ankle-matrix", "side-lying-open-books"))
                .body("routines.slug", hasItems("ten-minute-mobility", "post-run-cooldown"))
                .body("notes.slug", hasItems("hydration"));
    }

    @Test
    void reImportingAnExportChangesNothing() {
        Map<String, Object> everything = DemoCallers.editor().given().queryParam("scope", "all")
                .when().get("/api/v1/admin/content/export").then().statusCode(200).extract().as(Map.class);

        importing(DemoCallers.editor(), everything, true, false).statusCode(200)
                .body("created", is(0))
                .body("changed", is(0));
    }

    @Test
    void aDryRunReportsWhatWouldHappenAndWritesNothing() {
        String existing = slug("existing");
        DemoCallers.editor().given().body(drill(existing, "Before")).when().post("/api/v1/admin/drills")
                .then().statusCode(201);
        String unchanged = slug("unchanged");
        DemoCallers.editor().given().body(drill(unchanged, "Same")).when().post("/api/v1/admin/drills")
                .then().statusCode(201);
        String fresh = slug("fresh");
        var bundle = bundle(List.of(drill(fresh, "New"), drill(existing, "After"), drill(unchanged, "Same")), List.of());

        importing(DemoCallers.editor(), bundle, true, false).statusCode(200)
                .body("dryRun", is(true))
                .body("created", is(1)).body("changed", is(1)).body("unchanged", is(1))
                .body("items.action", contains("CREATE", "CHANGE", "UNCHANGED"))
                .body("items.slug", contains(fresh, existing, unchanged));
        DemoCallers.editor().given().when().get("/api/v1/admin/drills/" + fresh).then().statusCode(404);

        importing(DemoCallers.editor(), bundle, false, false).statusCode(200)
                .body("dryRun", is(false))
                .body("published", is(false))
                .body("items.action", contains("CREATE", "CHANGE", "UNCHANGED"));
        DemoCallers.editor().given().when().get("/api/v1/admin/drills/" + fresh)
                .then().statusCode(200).body("status", is("DRAFT")).body("name", is("New"));
        DemoCallers.editor().given().when().get("/api/v1/admin/drills/" + existing)
                .then().statusCode(200).body("name", is("After"));
    }

    @Test
    void oneBadItemStopsTheWholeImportAndEveryProblemIsNamedByItsPath() {
        String good = slug("good");
        var bad = drill(slug("bad"), " ");
        bad.put("steps", List.of());
        var bundle = bundle(List.of(drill(good, "Fine"), bad, drill(good, "Twice")), List.of());

        importing(DemoCallers.editor(), bundle, false, false).statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("drills[1].name", "drills[1].steps", "drills[2].slug"));
        DemoCallers.editor().given().when().get("/api/v1/admin/drills/" + good).then().statusCode(404);
    }

    @Test
    void onlyThoseWhoMayPublishWithoutReviewImportAsPublished() {
        String drill = slug("imported-drill");
        String routine = slug("imported-routine");
        var bundle = bundle(List.of(drill(drill, "Imported drill")), List.of(Map.of("slug", routine,
                "name", "Imported routine", "timings", List.of("REST_DAY"), "frequency", Map.of("min", 3, "max", 4),
                "drills", List.of(Map.of("drill", drill)))));

        importing(DemoCallers.editor(), bundle, false, true).statusCode(403);
        importing(DemoCallers.admin(), bundle, false, true).statusCode(200)
                .body("published", is(true))
                .body("items.kind", contains("DRILL", "ROUTINE"));

        DemoCallers.runner().given().when().get("/api/v1/routines/" + routine)
                .then().statusCode(200).body("drills[0].slug", is(drill));
    }

    @Test
    void aFileThatIsNotABundleIsRefused() {
        importing(DemoCallers.editor(), Map.of("format", "wordpress", "formatVersion", 7), true, false)
                .statusCode(400)
                .body("errors.field", contains("format", "formatVersion"));
    }

    @Test
    void runnersCannotExportOrImport() {
        DemoCallers.runner().given().when().get("/api/v1/admin/content/export").then().statusCode(403);
        importing(DemoCallers.runner(), bundle(List.of(), List.of()), true, false).statusCode(403);
    }

    private static ValidatableResponse importing(Caller caller, Object bundle, boolean dryRun, boolean publish) {
        return caller.given().queryParam("dryRun", dryRun).queryParam("publish", publish).body(bundle)
                .when().post(IMPORT).then();
    }

    private static Map<String, Object> bundle(List<Map<String, Object>> drills, List<Map<String, Object>> routines) {
        return Map.of("format", "limber-content", "formatVersion", 1, "drills", drills, "routines", routines);
    }

    static Map<String, Object> drill(String slug, String name) {
        var drill = new HashMap<String, Object>();
        drill.put("slug", slug);
        drill.put("name", name);
        drill.put("targetAreas", List.of("HIP"));
        drill.put("timings", List.of("REST_DAY"));
        drill.put("steps", new ArrayList<>(List.of("Lie on your side", "Open the top arm")));
        drill.put("prescription", Map.of("reps", Map.of("min", 10, "max", 10), "sides", List.of("RIGHT", "LEFT"),
                "sideUnit", "BODY_SIDE", "secondsPerRep", 4));
        return drill;
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
