package run.limber.api.base;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Spectral's spectral:oas ruleset (.spectral.yaml) on the packaged app's /q/openapi: no error, no warning. Spectral
 * comes from npm, installed by .ci/run before the build; the lint itself makes no network call. Without it the test
 * fails and says how to install it, rather than pass unchecked.
 */
@QuarkusIntegrationTest
class OpenApiLintIT {

    static final String INSTALL = "npm install --prefix ~/.cache/limber-tools/spectral --no-audit --no-fund"
            + " --ignore-scripts @stoplight/spectral-cli@6.16.3";

    @Test
    void spectralFindsNothingInTheDocument() throws IOException, InterruptedException {
        Path spectral = Path.of(System.getProperty("limber.spectral",
                System.getProperty("user.home") + "/.cache/limber-tools/spectral/node_modules/.bin/spectral"));
        assertTrue(Files.isExecutable(spectral), "Spectral is not installed at " + spectral + ". Install it with `"
                + INSTALL + "` (as .ci/run does), or name another install with -Dlimber.spectral=<path to spectral>.");

        Path document = Path.of("target", "openapi", "openapi.json");
        Files.createDirectories(document.getParent());
        Files.writeString(document, given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());

        Path report = document.resolveSibling("spectral.txt");
        var lint = new ProcessBuilder(spectral.toString(), "lint", "--ruleset", ruleset().toString(),
                "--fail-severity", "warn", "--format", "text", document.toString())
                .redirectErrorStream(true).redirectOutput(report.toFile()).start();
        assertTrue(lint.waitFor(2, TimeUnit.MINUTES), "Spectral did not finish within two minutes");
        String findings = Files.readString(report, StandardCharsets.UTF_8);
        assertEquals(0, lint.exitValue(), "Spectral's findings (also in " + report + "):\n" + findings);
        assertTrue(!findings.contains(" warning ") && !findings.contains(" error "), findings);
    }

    /** .spectral.yaml at the repository's root; Maven runs the tests from deploy/. */
    private static Path ruleset() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".spectral.yaml"))) {
                return dir.resolve(".spectral.yaml");
            }
        }
        throw new IllegalStateException("no .spectral.yaml in " + here + " or above");
    }
}
