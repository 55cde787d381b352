package run.limber.api.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;
import run.limber.testing.DemoCallers.Caller;

@QuarkusTest
class AdminDrillResourceTest {

    private static final String DRILLS = "/api/v1/admin/drills";

    @Test
    void creatingADraftAnswers201WithLocationAndETag() {
        String slug = Drafts.uniqueSlug("knee-circles");
        var created = DemoCallers.editor().given().contentType(ContentType.JSON).body(Drafts.drill(slug, "Knee circles"))
                .when().post(DRILLS)
                .then().statusCode(201)
                .header("Location", endsWith(DRILLS + "/" + slug))
                .header("ETag", notNullValue())
                .body("slug", is(slug))
                .body("name", is("Knee circles"))
                .body("steps", contains("Lift the heel", "Circle the ankle", "Lower slowly"))
                .body("prescription.reps.max", is(10))
                .body("status", is("DRAFT"))
                .body("revision", is(1))
                .body("publishedRevision", nullValue())
                .body("author", is(DemoCallers.editor().email()))
                .extract().response();

        DemoCallers.editor().given().when().get(DRILLS + "/" + slug)
                .then().statusCode(200)
                .header("ETag", is(created.header("ETag")))
                .body("name", is("Knee circles"));
    }

    @Test
    void anInvalidDraftNamesEveryFieldByItsJsonPath() {
        var drill = Drafts.drill("Not A Slug", " ");
        drill.put("steps", List.of("Lift", ""));
        drill.put("prescription", Map.of("reps", Map.of("min", 12, "max", 10), "secondsPerRep", 3));
        DemoCallers.editor().given().contentType(ContentType.JSON).body(drill)
                .when().post(DRILLS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("slug", "name", "steps[1]", "prescription.reps.min"))
                .body("errors.find { it.field == 'prescription.reps.min' }.message",
                        is("Must not be more than the maximum (10)."));
    }

    @Test
    void aSlugIsUniquePerKind() {
        String slug = Drafts.uniqueSlug("twice");
        create(DemoCallers.editor(), slug, "Twice");
        DemoCallers.editor().given().contentType(ContentType.JSON).body(Drafts.drill(slug, "Twice again"))
                .when().post(DRILLS)
                .then().statusCode(400)
                .body("errors[0].field", is("slug"))
                .body("errors[0].message", is("Another drill already uses this slug."));
    }

    @Test
    void aClientReadsChangesAndWritesBackTheSameShape() {
        String slug = Drafts.uniqueSlug("round-trip");
        create(DemoCallers.editor(), slug, "Round trip");
        var read = DemoCallers.editor().given().when().get(DRILLS + "/" + slug).then().statusCode(200).extract();
        Map<String, Object> body = read.jsonPath().getMap("");
        body.put("name", "Round trip, revised");
        body.put("status", "PUBLISHED");
        body.put("revision", 99);
        body.put("changeSummary", "Clearer name");

        var written = DemoCallers.editor().given().contentType(ContentType.JSON).header("If-Match", read.header("ETag"))
                .body(body)
                .when().put(DRILLS + "/" + slug)
                .then().statusCode(200)
                .body("name", is("Round trip, revised"))
                .body("status", is("DRAFT"))
                .body("revision", is(1))
                .body("changeSummary", is("Clearer name"))
                .extract();
        assertNotEquals(read.header("ETag"), written.header("ETag"));
        assertEquals(written.header("ETag"), "\"" + written.jsonPath().getLong("version") + "\"");
    }

    @Test
    void aWriteWithoutIfMatchIs428AndAnUnreadableOneIs400() {
        String slug = Drafts.uniqueSlug("no-if-match");
        create(DemoCallers.editor(), slug, "No If-Match");
        DemoCallers.editor().given().contentType(ContentType.JSON).body(Drafts.drill(slug, "Blind overwrite"))
                .when().put(DRILLS + "/" + slug)
                .then().statusCode(428)
                .contentType("application/problem+json")
                .body("title", is("Precondition Required"));
        DemoCallers.editor().given().contentType(ContentType.JSON).header("If-Match", "*").body(Drafts.drill(slug, "Star"))
                .when().put(DRILLS + "/" + slug)
                .then().statusCode(400)
                .body("errors[0].field", is("If-Match"));
    }

    @Test
    void twoEditorsRacingOnOneDrillLoseNothing() throws Exception {
        String slug = Drafts.uniqueSlug("race");
        String etag = create(DemoCallers.editor(), slug, "Race").header("ETag");

        Caller editor = DemoCallers.editor();
        Caller admin = DemoCallers.admin();
        var start = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> save(editor, slug, etag, "Editor's name", start));
        var second = CompletableFuture.supplyAsync(() -> save(admin, slug, etag, "Admin's name", start));
        start.countDown();
        List<Response> answers = List.of(first.get(), second.get());

        assertEquals(List.of(200, 412), answers.stream().map(Response::statusCode).sorted().toList());
        Response winner = answers.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        Response loser = answers.stream().filter(r -> r.statusCode() == 412).findFirst().orElseThrow();
        assertEquals("application/problem+json", loser.contentType());
        String winningName = winner.jsonPath().getString("name");

        var current = DemoCallers.editor().given().when().get(DRILLS + "/" + slug).then().statusCode(200)
                .body("name", is(winningName)).extract();
        // the loser re-reads and re-applies its change on top of the winner's
        Map<String, Object> body = current.jsonPath().getMap("");
        body.put("focus", "re-applied after the conflict");
        DemoCallers.admin().given().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .when().put(DRILLS + "/" + slug)
                .then().statusCode(200)
                .body("name", is(winningName))
                .body("focus", is("re-applied after the conflict"));
    }

    @Test
    void aStaleIfMatchIs412EvenOnWorkflowSteps() {
        String slug = Drafts.uniqueSlug("stale");
        String etag = create(DemoCallers.editor(), slug, "Stale").header("ETag");
        save(DemoCallers.editor(), slug, etag, "Stale, renamed", null);
        DemoCallers.editor().given().header("If-Match", etag).when().post(DRILLS + "/" + slug + "/submit")
                .then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", startsWith("drill '" + slug + "' has changed since version"));
    }

    @Test
    void anEditorCannotApproveTheirOwnChangeAnotherEditorCan() {
        String slug = Drafts.uniqueSlug("review");
        create(DemoCallers.editor(), slug, "Reviewed");
        step(DemoCallers.editor(), slug, "submit").then().statusCode(200).body("status", is("IN_REVIEW"));

        step(DemoCallers.editor(), slug, "publish").then().statusCode(403)
                .contentType("application/problem+json")
                .body("detail", startsWith("You wrote revision 1"));

        DemoCallers.admin().given().contentType(ContentType.JSON).body(Map.of("comment", "Say which foot leads"))
                .when().post(DRILLS + "/" + slug + "/request-changes")
                .then().statusCode(200)
                .body("status", is("DRAFT"))
                .body("reviewComment", is("Say which foot leads"));
        step(DemoCallers.editor(), slug, "submit").then().statusCode(200);
        step(DemoCallers.admin(), slug, "publish").then().statusCode(200)
                .body("status", is("PUBLISHED"))
                .body("publishedRevision", is(1));
        given().when().get("/api/v1/drills/" + slug).then().statusCode(200).body("revision", is(1));
    }

    @Test
    void everyStepIsAuditedWithWhoDidIt() {
        String slug = Drafts.uniqueSlug("audited");
        publishNew(slug, "Audited");
        step(DemoCallers.editor(), slug, "unpublish").then().statusCode(200);
        // Newest first; this test's steps are among the latest hundred entries, since tests run one at a time.
        List<Map<String, String>> newestFirst = DemoCallers.admin().given().queryParam("size", 100)
                .when().get("/api/v1/admin/audit")
                .then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.subject == 'drill " + slug + "' }");
        assertEquals(List.of("CONTENT_CREATED " + DemoCallers.editor().email() + " revision 1",
                        "CONTENT_SUBMITTED " + DemoCallers.editor().email() + " revision 1",
                        "CONTENT_PUBLISHED " + DemoCallers.admin().email() + " revision 1",
                        "CONTENT_UNPUBLISHED " + DemoCallers.editor().email() + " null"),
                newestFirst.reversed().stream().map(e -> e.get("type") + " " + e.get("actor") + " " + e.get("detail"))
                        .toList());
    }

    @Test
    void requestingChangesNeedsAComment() {
        String slug = Drafts.uniqueSlug("comment");
        create(DemoCallers.editor(), slug, "Comment");
        step(DemoCallers.editor(), slug, "submit");
        DemoCallers.admin().given().contentType(ContentType.JSON).body(Map.of("comment", " "))
                .when().post(DRILLS + "/" + slug + "/request-changes")
                .then().statusCode(400)
                .body("errors[0].field", is("comment"));
    }

    @Test
    void stepsTheStateDoesNotAllowAre409() {
        String slug = Drafts.uniqueSlug("conflict");
        create(DemoCallers.editor(), slug, "Conflict");
        step(DemoCallers.admin(), slug, "publish").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("Cannot publish drill '" + slug + "': it is draft."));
        step(DemoCallers.editor(), slug, "unpublish").then().statusCode(409);
        step(DemoCallers.editor(), slug, "submit").then().statusCode(200);
        step(DemoCallers.editor(), slug, "submit").then().statusCode(409);
        DemoCallers.admin().given().contentType(ContentType.JSON).body(Map.of("comment", "x"))
                .when().post(DRILLS + "/" + slug + "/request-changes").then().statusCode(200);
        DemoCallers.admin().given().contentType(ContentType.JSON).body(Map.of("comment", "again"))
                .when().post(DRILLS + "/" + slug + "/request-changes").then().statusCode(409);
    }

    @Test
    void runnersSeeTheNewVersionOnlyAfterItIsPublished() {
        String slug = Drafts.uniqueSlug("runners-see");
        publishNew(slug, "First words");
        String etag = DemoCallers.editor().given().when().get(DRILLS + "/" + slug).header("ETag");

        save(DemoCallers.editor(), slug, etag, "Second words", null).then().statusCode(200)
                .body("status", is("DRAFT"))
                .body("revision", is(2))
                .body("publishedRevision", is(1));
        given().when().get("/api/v1/drills/" + slug).then().statusCode(200)
                .body("name", is("First words"))
                .body("revision", is(1));

        step(DemoCallers.editor(), slug, "submit");
        given().when().get("/api/v1/drills/" + slug).then().body("name", is("First words"));
        step(DemoCallers.admin(), slug, "publish").then().statusCode(200);
        given().when().get("/api/v1/drills/" + slug).then().statusCode(200)
                .body("name", is("Second words"))
                .body("revision", is(2));
    }

    @Test
    void unpublishingHidesTheDrillFromRunners() {
        String slug = Drafts.uniqueSlug("unpublish");
        publishNew(slug, "Soon gone");
        given().queryParam("size", 100).when().get("/api/v1/drills").then().body("items.slug", hasItem(slug));

        step(DemoCallers.editor(), slug, "unpublish").then().statusCode(200)
                .body("status", is("UNPUBLISHED"))
                .body("publishedRevision", nullValue());
        given().queryParam("size", 100).when().get("/api/v1/drills").then().body("items.slug", not(hasItem(slug)));
        given().when().get("/api/v1/drills/" + slug).then().statusCode(404);
    }

    @Test
    void archivingRetiresTheDrillUntilARevisionIsRestored() {
        String slug = Drafts.uniqueSlug("archive");
        publishNew(slug, "Old favourite");
        step(DemoCallers.editor(), slug, "archive").then().statusCode(200).body("status", is("ARCHIVED"));
        given().when().get("/api/v1/drills/" + slug).then().statusCode(404);
        String etag = DemoCallers.editor().given().when().get(DRILLS + "/" + slug).header("ETag");
        save(DemoCallers.editor(), slug, etag, "Edited in the archive", null).then().statusCode(409);

        step(DemoCallers.editor(), slug, "revisions/1/restore").then().statusCode(200)
                .body("status", is("DRAFT"))
                .body("revision", is(2))
                .body("name", is("Old favourite"));
    }

    @Test
    void historyListsComparesAndRestoresRevisions() {
        String slug = Drafts.uniqueSlug("history");
        publishNew(slug, "History");
        var current = DemoCallers.editor().given().when().get(DRILLS + "/" + slug).then().extract();
        Map<String, Object> body = current.jsonPath().getMap("");
        body.put("name", "History, rewritten");
        body.put("steps", List.of("Lift the heel", "Brace the core", "Circle the ankle", "Lower slowly"));
        body.put("changeSummary", "Bracing step");
        DemoCallers.editor().given().contentType(ContentType.JSON).header("If-Match", current.header("ETag")).body(body)
                .when().put(DRILLS + "/" + slug).then().statusCode(200);

        DemoCallers.editor().given().when().get(DRILLS + "/" + slug + "/revisions")
                .then().statusCode(200)
                .body("number", contains(1, 2))
                .body("status", contains("PUBLISHED", "DRAFT"))
                .body("author", everyItem(is(DemoCallers.editor().email())))
                .body("[1].changeSummary", is("Bracing step"))
                .body("[0].publishedAt", notNullValue());
        DemoCallers.editor().given().when().get(DRILLS + "/" + slug + "/revisions/1")
                .then().statusCode(200)
                .body("revision.number", is(1))
                .body("content.name", is("History"));
        DemoCallers.editor().given().queryParam("from", 1).queryParam("to", 2).when().get(DRILLS + "/" + slug + "/diff")
                .then().statusCode(200)
                .body("from", is(1))
                .body("to", is(2))
                .body("changes.field", contains("name", "steps[1]"))
                .body("changes[1].change", is("ADDED"))
                .body("changes[1].after", is("Brace the core"));
        DemoCallers.editor().given().when().get(DRILLS + "/" + slug + "/diff").then().statusCode(400)
                .body("errors.field", contains("from", "to"));
        DemoCallers.editor().given().when().get(DRILLS + "/" + slug + "/revisions/9").then().statusCode(404);

        step(DemoCallers.admin(), slug, "revisions/1/restore").then().statusCode(200)
                .body("revision", is(3))
                .body("name", is("History"))
                .body("author", is(DemoCallers.admin().email()))
                .body("changeSummary", is("Restored revision 1"));
        DemoCallers.editor().given().when().get(DRILLS + "/" + slug + "/revisions")
                .then().body("status", contains("PUBLISHED", "SUPERSEDED", "DRAFT"));
    }

    @Test
    void publishingAtAFutureTimeSchedulesIt() {
        String slug = Drafts.uniqueSlug("later");
        create(DemoCallers.editor(), slug, "Later");
        step(DemoCallers.editor(), slug, "submit");
        Instant at = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        DemoCallers.admin().given().contentType(ContentType.JSON).body(Map.of("at", "next tuesday"))
                .when().post(DRILLS + "/" + slug + "/publish")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("at"));
        DemoCallers.admin().given().contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .when().post(DRILLS + "/" + slug + "/publish")
                .then().statusCode(200)
                .body("status", is("SCHEDULED"))
                .body("scheduledAt", is(at.toString()));
        given().when().get("/api/v1/drills/" + slug).then().statusCode(404);
    }

    @Test
    void theListPagesSortsAndFiltersByStatusInAnyCase() {
        String draft = Drafts.uniqueSlug("list-draft");
        String published = Drafts.uniqueSlug("list-published");
        create(DemoCallers.editor(), draft, "Aardvark walk " + draft);
        publishNew(published, "Aardvark crawl " + published);

        DemoCallers.editor().given().queryParam("status", "draft").queryParam("size", 100).when().get(DRILLS)
                .then().statusCode(200)
                .body("items.slug", hasItem(draft))
                .body("items.slug", not(hasItem(published)))
                .body("items.status", everyItem(is("DRAFT")))
                .body("items.find { it.slug == '" + draft + "' }.author", is(DemoCallers.editor().email()));
        var all = DemoCallers.editor().given().queryParam("size", 100).when().get(DRILLS)
                .then().statusCode(200)
                .body("items.slug", hasItems(draft, published, "hip-switches"))
                .body("size", is(100))
                .extract().jsonPath().<String>getList("items.slug");
        assertEquals(true, all.indexOf(published) < all.indexOf(draft), "crawl sorts before walk");
        DemoCallers.editor().given().queryParam("status", "lunch").when().get(DRILLS)
                .then().statusCode(400)
                .body("errors[0].message", startsWith("unknown value 'lunch'; allowed: DRAFT, IN_REVIEW"));
    }

    @Test
    void onlyEditorsAndAdminsMayEdit() {
        given().when().get(DRILLS).then().statusCode(401);
        DemoCallers.runner().given().when().get(DRILLS).then().statusCode(403);
        DemoCallers.runner().given().contentType(ContentType.JSON).body(Drafts.drill(Drafts.uniqueSlug("runner"), "No"))
                .when().post(DRILLS).then().statusCode(403);
        DemoCallers.runner().given().when().post(DRILLS + "/hip-switches/archive").then().statusCode(403);
        given().when().get("/api/v1/drills/hip-switches").then().statusCode(200);
    }

    private Response create(Caller caller, String slug, String name) {
        return caller.given().contentType(ContentType.JSON).body(Drafts.drill(slug, name))
                .when().post(DRILLS)
                .then().statusCode(201).extract().response();
    }

    private void publishNew(String slug, String name) {
        create(DemoCallers.editor(), slug, name);
        step(DemoCallers.editor(), slug, "submit").then().statusCode(200);
        step(DemoCallers.admin(), slug, "publish").then().statusCode(200);
    }

    private static Response step(Caller caller, String slug, String step) {
        return caller.given().when().post(DRILLS + "/" + slug + "/" + step);
    }

    private static Response save(Caller caller, String slug, String etag, String name, CountDownLatch start) {
        var request = caller.given().contentType(ContentType.JSON).header("If-Match", etag)
                .body(Drafts.drill(slug, name));
        if (start != null) {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return request.when().put(DRILLS + "/" + slug);
    }
}
