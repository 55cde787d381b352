package run.limber.api.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import run.limber.testing.DemoCallers;

@QuarkusTest
class AuditResourceTest {

    @Test
    void adminsReadWhoDidWhatToWhichItemNewestFirst() {
        String slug = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        DemoCallers.editor().given().body(Map.of("slug", slug, "title", "Audited", "category", "RECOVERY",
                "body", "Rest well.")).when().post("/api/v1/admin/notes").then().statusCode(201);
        DemoCallers.editor().given().when().post("/api/v1/admin/notes/" + slug + "/submit").then().statusCode(200);

        DemoCallers.admin().given().queryParam("type", "content_submitted").queryParam("size", 100)
                .when().get("/api/v1/admin/audit")
                .then().statusCode(200)
                .body("items.type", everyItem(is("CONTENT_SUBMITTED")))
                .body("items.subject", hasItem("note " + slug))
                .body("items.find { it.subject == 'note " + slug + "' }.actor", is(DemoCallers.editor().email()))
                .body("items.find { it.subject == 'note " + slug + "' }.address", startsWith("198.1"));

        List<String> times = DemoCallers.admin().given().queryParam("size", 50).when().get("/api/v1/admin/audit")
                .then().statusCode(200).extract().path("items.at");
        var newestFirst = times.stream().map(Instant::parse).sorted(Comparator.reverseOrder()).toList();
        assertEquals(newestFirst, times.stream().map(Instant::parse).toList());
    }

    @Test
    void anUnknownTypeIsABadRequestNamingTheTypes() {
        DemoCallers.admin().given().queryParam("type", "everything").when().get("/api/v1/admin/audit")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", is("type"));
    }
}
