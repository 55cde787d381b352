package run.limber.deploy.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The first load as a phone makes it, against the packaged app in production mode: the page and its style sheets
 * arrive compressed, the hashed bundle files may be kept a year, an unknown drill is a 404 at once. The registration
 * page starts the client at once, so it names the client's entry script.
 */
@QuarkusIntegrationTest
class FirstLoadIT {

    private static final String ACCEPTS = "gzip, deflate, br, zstd";

    @Test
    void thePageItsStyleSheetsAndItsScriptsArriveCompressed() {
        fetch("/register").then().statusCode(200).header("Content-Encoding", "gzip");
        Document page = read("/register", 200);

        page.select("link[rel=stylesheet]").eachAttr("href").forEach(sheet ->
                fetch("/" + sheet.replaceFirst("^\\./", "")).then().statusCode(200).header("Content-Encoding", "gzip"));
        String entry = page.selectFirst("link[rel=modulepreload][href*=indexhtml]").attr("href");
        fetch("/" + entry.replaceFirst("^\\./", "")).then().statusCode(200).header("Content-Encoding", "br");
    }

    @Test
    void hashedBundleFilesAreKeptForAYearAndThePageIsNot() {
        assertThat(fetch("/register").header("Cache-Control"), not(is(BuildFileCaching.IMMUTABLE)));

        String entry = read("/register", 200).selectFirst("link[rel=modulepreload][href*=indexhtml]").attr("href");
        fetch("/" + entry.replaceFirst("^\\./", "")).then().statusCode(200)
                .header("Cache-Control", BuildFileCaching.IMMUTABLE);
    }

    @Test
    void aMissingBundleFileIsNotMadeImmutable() {
        Response missing = fetch("/VAADIN/build/no-such-file-AbCdEfGh.js");
        assertThat(missing.statusCode(), is(404));
        assertThat(missing.header("Cache-Control"), not(is(BuildFileCaching.IMMUTABLE)));
    }

    @Test
    void anUnknownDrillIsNotFoundInTheFirstResponse() {
        Document page = read("/drills/no-such-drill", 404);

        assertThat(page.selectFirst("#first-screen main h1").text(), is("We couldn't find that page"));
        assertThat(page.selectFirst("link[rel=canonical]"), nullValue());
    }

    private static Document read(String path, int status) {
        return Jsoup.parse(given().when().get(path).then().statusCode(status).extract().asString());
    }

    /** As a browser asks, the body left encoded: decoding would drop the Content-Encoding header the test reads. */
    private static Response fetch(String path) {
        return given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", ACCEPTS).redirects().follow(false).when().get(path);
    }
}
