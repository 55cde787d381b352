package run.limber.api.crawlers;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import run.limber.api.editorial.Drafts;
import run.limber.testing.DemoCallers;

/** What crawlers read: robots.txt keeps them out of private areas, the sitemap lists what is published, no draft. */
@QuarkusTest
class CrawlersTest {

    private static final String PUBLIC_URL = "https://limber.test/";

    @Test
    void robotsKeepCrawlersOutOfPrivateAreasAndPointToTheSitemap() {
        String robots = given().when().get("/robots.txt").then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .extract().asString();
        List<String> lines = robots.lines().toList();
        assertEquals("User-agent: *", lines.getFirst());
        assertTrue(lines.containsAll(List.of("Disallow: /admin", "Disallow: /coach", "Disallow: /account",
                "Disallow: /api/", "Disallow: /q/")), robots);
        assertFalse(lines.contains("Disallow: /"), "everything public stays open: " + robots);
        assertTrue(lines.contains("Sitemap: " + PUBLIC_URL + "sitemap.xml"), robots);
    }

    @Test
    void theSitemapListsThePublicPagesAndPublishedContentAtThePublicAddress() throws Exception {
        Map<String, String> urls = sitemap();
        for (String page : List.of("", "reference", "routines", "notes", "drills/hip-switches",
                "routines/ten-minute-mobility", "notes#hydration")) {
            assertTrue(urls.containsKey(PUBLIC_URL + page), page + " missing from " + urls.keySet());
        }
        assertTrue(urls.keySet().stream().allMatch(url -> url.startsWith(PUBLIC_URL)), urls.keySet().toString());
        Instant.parse(urls.get(PUBLIC_URL + "drills/hip-switches"));
    }

    @Test
    void aPublishedDrillAppearsWithItsPublicationTimeAndADraftNever() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        String published = Drafts.uniqueSlug("sitemap-published");
        DemoCallers.publish("drills", published, Drafts.drill(published, "Published " + published));
        String draft = Drafts.uniqueSlug("sitemap-draft");
        DemoCallers.editor().given().body(Drafts.drill(draft, "Draft " + draft))
                .when().post("/api/v1/admin/drills").then().statusCode(201);

        Map<String, String> urls = sitemap();

        assertTrue(Instant.parse(urls.get(PUBLIC_URL + "drills/" + published)).isAfter(before), urls.toString());
        assertFalse(urls.containsKey(PUBLIC_URL + "drills/" + draft), "a draft is listed");
    }

    @Test
    void neitherIsPartOfTheApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", not(hasKey("/robots.txt")))
                .body("paths", not(hasKey("/sitemap.xml")));
    }

    @Test
    void aRequestsHostNeverNamesTheSite() {
        given().header("Host", "evil.example").header("X-Forwarded-Host", "evil.example")
                .when().get("/sitemap.xml").then().statusCode(200)
                .body(not(containsString("evil.example")));
    }

    /** Each {@code <loc>} of the sitemap with its {@code <lastmod>} (empty when it has none). */
    private static Map<String, String> sitemap() throws Exception {
        byte[] body = given().when().get("/sitemap.xml").then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .header("Cache-Control", is(RobotsResource.CACHE_CONTROL))
                .extract().asByteArray();
        var factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        Element root = document.getDocumentElement();
        assertEquals(Sitemap.NAMESPACE, root.getNamespaceURI());
        assertEquals("urlset", root.getLocalName());
        var urls = new HashMap<String, String>();
        NodeList entries = root.getElementsByTagNameNS(Sitemap.NAMESPACE, "url");
        for (int i = 0; i < entries.getLength(); i++) {
            var entry = (Element) entries.item(i);
            NodeList lastmod = entry.getElementsByTagNameNS(Sitemap.NAMESPACE, "lastmod");
            assertTrue(urls.put(entry.getElementsByTagNameNS(Sitemap.NAMESPACE, "loc").item(0).getTextContent(),
                    lastmod.getLength() == 0 ? "" : lastmod.item(0).getTextContent()) == null, "a URL listed twice");
        }
        return urls;
    }
}
