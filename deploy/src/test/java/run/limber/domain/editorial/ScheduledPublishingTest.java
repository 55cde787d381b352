package run.limber.domain.editorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

@QuarkusTest
class ScheduledPublishingTest {

    @Inject
    ScheduledPublishing publishing;

    @Inject
    EntityManager entityManager;

    @Test
    void aScheduledRevisionIsPublishedOnceEvenWhenTwoInstancesRunTheJobTogether() throws Exception {
        String slug = "scheduled-" + System.nanoTime();
        Instant at = Instant.now().plus(Duration.ofHours(1));
        schedule(slug, at);
        given().when().get("/api/v1/drills/" + slug).then().statusCode(404);
        assertEquals(0, publishing.publishDue(at.minusSeconds(1)), "not due yet");

        var start = new CountDownLatch(1);
        Instant later = at.plusSeconds(30);
        var one = CompletableFuture.supplyAsync(() -> runAfter(start, later));
        var other = CompletableFuture.supplyAsync(() -> runAfter(start, later));
        start.countDown();

        assertEquals(1, one.get() + other.get());
        assertEquals(1L, auditedPublications(slug));
        given().when().get("/api/v1/drills/" + slug).then().statusCode(200).body("revision", is(1));
        DemoCallers.editor().given().when().get("/api/v1/admin/drills/" + slug).then()
                .body("status", is("PUBLISHED"))
                .body("scheduledAt", is((String) null));
        assertEquals(0, publishing.publishDue(later), "nothing left to publish");
    }

    private void schedule(String slug, Instant at) {
        var drill = Map.of("slug", slug, "name", "Scheduled drill", "targetAreas", java.util.List.of("HIP"),
                "timings", java.util.List.of("REST_DAY"), "steps", java.util.List.of("Breathe"),
                "prescription", Map.of("reps", Map.of("min", 3, "max", 3), "secondsPerRep", 2));
        DemoCallers.editor().given().contentType(ContentType.JSON).body(drill).when().post("/api/v1/admin/drills")
                .then().statusCode(201);
        DemoCallers.editor().given().when().post("/api/v1/admin/drills/" + slug + "/submit").then().statusCode(200);
        DemoCallers.admin().given().contentType(ContentType.JSON).body(Map.of("at", at.toString()))
                .when().post("/api/v1/admin/drills/" + slug + "/publish")
                .then().statusCode(200).body("status", is("SCHEDULED"));
    }

    private int runAfter(CountDownLatch start, Instant now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return publishing.publishDue(now);
    }

    private long auditedPublications(String slug) {
        return ((Number) entityManager.createNativeQuery(
                        "select count(*) from audit_event where type = 'CONTENT_PUBLISHED' and subject = ?1")
                .setParameter(1, "drill " + slug).getSingleResult()).longValue();
    }
}
