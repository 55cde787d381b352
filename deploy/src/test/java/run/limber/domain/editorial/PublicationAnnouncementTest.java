package run.limber.domain.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.PublishedContentChanged;
import run.limber.domain.content.PublishedContentChanged.PublishedRevision;
import run.limber.testing.DemoCallers;

/** Publishing by an editor, by the schedule and by an import each announces once, naming both revisions. */
@QuarkusTest
class PublicationAnnouncementTest {

    private static final String DRILLS = "/api/v1/admin/drills";

    @Inject
    Announcements announcements;

    @Inject
    ScheduledPublishing scheduler;

    @Test
    void anEditorsPublicationNamesTheNewAndThePreviousRevision() {
        String slug = slug("announced");
        create(slug, "First");
        approve(slug, Map.of());
        var first = only(slug, 1);
        assertRevision(first.published(), 1);
        assertEquals(Optional.empty(), first.previous());
        assertEquals(ContentKind.DRILL, first.kind());

        DemoCallers.editor().given().contentType(ContentType.JSON).header("If-Match", version(slug))
                .body(drill(slug, "Second")).when().put(DRILLS + "/" + slug).then().statusCode(200);
        assertEquals(1, announcements.about(slug).size(), "a draft changes nothing runners see");
        approve(slug, Map.of());
        var second = only(slug, 2);
        assertRevision(second.published(), 2);
        assertEquals(first.published(), second.previous());
        assertNotEquals(first.published().orElseThrow().id(), second.published().orElseThrow().id());

        DemoCallers.editor().given().when().post(DRILLS + "/" + slug + "/unpublish").then().statusCode(200);
        var gone = only(slug, 3);
        assertEquals(Optional.empty(), gone.published());
        assertEquals(second.published(), gone.previous());
    }

    @Test
    void theSchedulesPublicationIsAnnouncedOnceWhenItGoesLive() {
        String slug = slug("scheduled-announced");
        Instant at = Instant.now().plus(Duration.ofHours(2));
        create(slug, "Later");
        approve(slug, Map.of("at", at.toString()));
        assertTrue(announcements.about(slug).isEmpty(), "scheduling publishes nothing yet");

        scheduler.publishDue(at.plusSeconds(1));
        var live = only(slug, 1);
        assertRevision(live.published(), 1);
        assertEquals(Optional.empty(), live.previous());
    }

    @Test
    void anImportThatPublishesAnnouncesEachItemOnce() {
        String changed = slug("import-changed");
        String fresh = slug("import-fresh");
        create(changed, "Before");
        approve(changed, Map.of());
        var before = only(changed, 1);

        DemoCallers.admin().given().contentType(ContentType.JSON).queryParam("dryRun", false)
                .queryParam("publish", true)
                .body(Map.of("format", "limber-content", "formatVersion", 1,
                        "drills", List.of(drill(changed, "After"), drill(fresh, "New")), "routines", List.of()))
                .when().post("/api/v1/admin/content/import").then().statusCode(200);

        var after = only(changed, 2);
        assertRevision(after.published(), 2);
        assertEquals(before.published(), after.previous());
        var created = only(fresh, 1);
        assertRevision(created.published(), 1);
        assertEquals(Optional.empty(), created.previous());
    }

    /** The latest announcement about {@code slug}, after checking it is the {@code count}th: one per publication. */
    private PublishedContentChanged only(String slug, int count) {
        var heard = announcements.about(slug);
        assertEquals(count, heard.size(), "announcements about " + slug);
        return heard.getLast();
    }

    private static void assertRevision(Optional<PublishedRevision> revision, int number) {
        assertEquals(number, revision.orElseThrow().number());
        assertTrue(revision.orElseThrow().id() > 0, "the revision's id, for references to hold on to");
    }

    private static void create(String slug, String name) {
        DemoCallers.editor().given().contentType(ContentType.JSON).body(drill(slug, name)).when().post(DRILLS)
                .then().statusCode(201);
    }

    /** Submitted by the editor, approved by an admin: now, or at the body's {@code at}. */
    private static void approve(String slug, Map<String, String> body) {
        DemoCallers.editor().given().when().post(DRILLS + "/" + slug + "/submit").then().statusCode(200);
        DemoCallers.admin().given().contentType(ContentType.JSON).body(body).when()
                .post(DRILLS + "/" + slug + "/publish").then().statusCode(200);
    }

    private static String version(String slug) {
        return DemoCallers.editor().given().when().get(DRILLS + "/" + slug).then().statusCode(200)
                .extract().header("ETag");
    }

    private static Map<String, Object> drill(String slug, String name) {
        return Map.of("slug", slug, "name", name, "targetAreas", List.of("HIP"), "timings", List.of("REST_DAY"),
                "steps", List.of("Breathe"), "prescription", Map.of("reps", Map.of("min", 3, "max", 3),
                        "secondsPerRep", 2));
    }

    private static String slug(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
