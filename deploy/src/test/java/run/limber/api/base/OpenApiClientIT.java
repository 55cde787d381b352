package run.limber.api.base;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A client generated from the packaged app's /q/openapi with openapi-typescript, typed by openapi-fetch, compiled with
 * tsc --strict and run with node against the app: a runner registers, signs in, reads a drill and logs a session; an
 * editor drafts a drill and an admin publishes it (src/test/api-client/client-journey.mts). The tools come from npm,
 * installed by .ci/run before the build; nothing here makes a network call but to the app. Without them the test
 * fails and says how to install them, rather than pass unchecked.
 */
@QuarkusIntegrationTest
class OpenApiClientIT {

    static final String INSTALL = "npm install --prefix ~/.cache/limber-tools/api-client --no-audit --no-fund"
            + " --ignore-scripts openapi-typescript@7.13.0 openapi-fetch@0.17.0 typescript@5.9.3 @types/node@20.19.43";

    private static final Path SOURCES = Path.of("src", "test", "api-client");

    @Test
    void aGeneratedClientRegistersLogsASessionAndPublishesADrill() throws IOException, InterruptedException {
        Path tools = Path.of(System.getProperty("limber.api-client",
                System.getProperty("user.home") + "/.cache/limber-tools/api-client"));
        Path bin = tools.resolve("node_modules").resolve(".bin");
        assertTrue(Files.isExecutable(bin.resolve("openapi-typescript")) && Files.isExecutable(bin.resolve("tsc")),
                "openapi-typescript and tsc are not installed in " + tools + ". Install them with `" + INSTALL
                        + "` (as .ci/run does), or name another install with -Dlimber.api-client=<directory holding"
                        + " node_modules>.");

        Path work = Path.of("target", "api-client");
        Files.createDirectories(work);
        for (String source : new String[] {"client-journey.tsconfig.json", "client-journey.mts"}) {
            Files.copy(SOURCES.resolve(source), work.resolve(source), StandardCopyOption.REPLACE_EXISTING);
        }
        // The compiled journey finds openapi-fetch, and tsc the types of Node, where Node looks: in node_modules.
        Files.deleteIfExists(work.resolve("node_modules"));
        Files.createSymbolicLink(work.resolve("node_modules"), tools.resolve("node_modules").toAbsolutePath());
        Files.writeString(work.resolve("openapi.json"), given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());

        run(work, "generate", bin.resolve("openapi-typescript").toAbsolutePath().toString(), "openapi.json",
                "--output", "schema.d.ts");
        run(work, "compile", bin.resolve("tsc").toAbsolutePath().toString(),
                "--project", "client-journey.tsconfig.json", "--strict");
        run(work, "journey", "node", Path.of("out", "client-journey.mjs").toString(),
                RestAssured.baseURI + ":" + RestAssured.port);
    }

    /** Runs one step in the work directory; its output goes to {@code <step>.txt} there and into the failure. */
    private static void run(Path work, String step, String... command) throws IOException, InterruptedException {
        Path output = work.resolve(step + ".txt");
        var process = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = process.waitFor(3, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String said = Files.readString(output, StandardCharsets.UTF_8);
        assertTrue(ended, step + " did not finish within three minutes:\n" + said);
        assertEquals(0, process.exitValue(), step + " failed (output also in " + output + "):\n" + said);
    }
}
