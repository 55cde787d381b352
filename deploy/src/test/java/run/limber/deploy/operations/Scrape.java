package run.limber.deploy.operations;

import static io.restassured.RestAssured.given;

import java.util.regex.Pattern;

/** /q/metrics as a scraper reads it: Prometheus' text format, one sample a line. */
public final class Scrape {

    private Scrape() {
    }

    /** Prometheus' classic text format; a scraper that prefers OpenMetrics says so in Accept and gets that instead. */
    public static String metrics() {
        return given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a meter's samples over all its labels; 0 when it has none. */
    public static double sum(String text, String name) {
        var sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*})? (\\S+)$", Pattern.MULTILINE);
        return sample.matcher(text).results().mapToDouble(m -> Double.parseDouble(m.group(2))).sum();
    }
}
