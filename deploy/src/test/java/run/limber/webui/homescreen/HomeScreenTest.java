package run.limber.webui.homescreen;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What a phone needs to add Limber to its home screen: the manifest, its icons, the service worker, the page head. */
@QuarkusTest
class HomeScreenTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void theManifestNamesLimberItsStartItsColoursAndItsIcons() {
        JsonPath manifest = manifest();
        assertEquals("Limber", manifest.getString("name"));
        assertTrue(manifest.getString("short_name").length() <= 12, manifest.getString("short_name"));
        assertFalse(manifest.getString("description").isBlank());
        assertEquals("/", manifest.getString("start_url"));
        assertEquals("/", manifest.getString("scope"));
        assertEquals("standalone", manifest.getString("display"));
        assertEquals(HomeScreen.THEME_COLOR, manifest.getString("theme_color"));
        assertTrue(manifest.getString("background_color").matches("#[0-9a-f]{6}"));
        List<Map<String, String>> icons = manifest.getList("icons");
        assertTrue(icons.stream().anyMatch(icon -> "192x192".equals(icon.get("sizes"))), icons.toString());
        assertTrue(icons.stream().anyMatch(icon -> "512x512".equals(icon.get("sizes")) && "any".equals(icon.get("purpose"))));
        assertTrue(icons.stream().anyMatch(icon -> "512x512".equals(icon.get("sizes"))
                && "maskable".equals(icon.get("purpose"))), "no maskable icon: " + icons);
    }

    @Test
    void everyIconTheManifestNamesIsAPngOfItsStatedSize() {
        List<Map<String, String>> icons = manifest().getList("icons");
        for (Map<String, String> icon : icons) {
            assertEquals("image/png", icon.get("type"));
            int size = Integer.parseInt(icon.get("sizes").split("x")[0]);
            assertPngOfSize(icon.get("src"), size);
        }
    }

    @Test
    void theServiceWorkerIsScriptThatIsRevalidatedEveryTime() {
        given().when().get(HomeScreen.SERVICE_WORKER).then().statusCode(200)
                .contentType(startsWith("text/javascript"))
                .header("Cache-Control", is(HomeScreenHeaders.NO_CACHE))
                .body(containsString(HomeScreen.OFFLINE_PAGE))
                .body(containsString("'/reference'"));
    }

    @Test
    void theOfflinePageSaysWhatWorksOfflineAndWhatDoesNot() {
        String html = given().when().get(HomeScreen.OFFLINE_PAGE).then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Cache-Control", is(HomeScreenHeaders.NO_CACHE))
                .extract().asString();
        Document page = Jsoup.parse(html);
        assertEquals("The quick reference", page.select("a[href=/reference]").text());
        assertTrue(page.text().contains("routine player"), page.text());
        assertTrue(page.text().contains("logging a session"), page.text());
        assertTrue(page.text().contains("account"), page.text());
        assertTrue(page.select("link[rel=stylesheet], script[src]").isEmpty(), "the offline page loads nothing else");
    }

    @Test
    void everyPagesHeadLinksTheManifestThemeColourIconsAndRegistersTheWorker() {
        Document page = Jsoup.parse(given().accept("text/html").when().get("/reference").then().statusCode(200)
                .extract().asString());
        assertEquals(HomeScreen.MANIFEST, page.select("head link[rel=manifest]").attr("href"));
        assertEquals(manifest().getString("theme_color"), page.select("head meta[name=theme-color]").attr("content"));
        String appleIcon = page.select("head link[rel=apple-touch-icon]").attr("href");
        assertPngOfSize(appleIcon, 180);
        assertPngOfSize(page.select("head link[rel=icon][sizes=192x192]").attr("href"), 192);
        given().when().get(page.select("head link[rel=icon][type=image/svg+xml]").attr("href")).then().statusCode(200)
                .contentType(startsWith("image/svg+xml"));
        assertTrue(page.select("script").stream()
                .anyMatch(script -> script.data().contains("serviceWorker.register('/service-worker.js')")), "no registration");
    }

    private static JsonPath manifest() {
        return given().when().get(HomeScreen.MANIFEST).then().statusCode(200)
                .contentType(startsWith("application/manifest+json"))
                .extract().jsonPath();
    }

    /** Reads the PNG's header: its signature, then the IHDR chunk with width and height. */
    private static void assertPngOfSize(String path, int size) {
        byte[] png = given().when().get(path).then().statusCode(200).contentType("image/png").extract().asByteArray();
        assertTrue(png.length > 24, path);
        for (int i = 0; i < PNG_SIGNATURE.length; i++) {
            assertEquals(PNG_SIGNATURE[i], png[i], path + " is not a PNG");
        }
        assertEquals("IHDR", new String(png, 12, 4, StandardCharsets.US_ASCII), path);
        ByteBuffer header = ByteBuffer.wrap(png);
        assertEquals(size, header.getInt(16), path + " width");
        assertEquals(size, header.getInt(20), path + " height");
    }
}
