package run.limber.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar on its embedded database (demo mode) will not listen where other machines can reach it. */
class DemoModeIT {

    @Test
    void demoModeOpenToTheNetworkExitsWithOneLineNamingTheSetting(@TempDir Path dataDir)
            throws IOException, InterruptedException {
        var launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectOutput(dataDir.resolve("stdout").toFile())
                .redirectError(dataDir.resolve("stderr").toFile());
        var environment = launch.environment();
        environment.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("LIMBER_"));
        environment.put("QUARKUS_HTTP_HOST", "0.0.0.0");
        environment.put("LIMBER_DATA_DIR", dataDir.toString());
        Process limber = launch.start();

        boolean ended = limber.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            limber.destroyForcibly();
        }

        assertTrue(ended, "Limber kept running in demo mode on 0.0.0.0");
        assertEquals(1, limber.exitValue());
        List<String> errors = Files.readAllLines(dataDir.resolve("stderr"), StandardCharsets.UTF_8);
        assertEquals(1, errors.size(), String.join("\n", errors));
        assertTrue(errors.getFirst().startsWith("QUARKUS_HTTP_HOST=0.0.0.0 "), errors.getFirst());
        assertTrue(errors.getFirst().contains("QUARKUS_DATASOURCE_JDBC_URL"), errors.getFirst());
        assertTrue(Files.notExists(dataDir.resolve("postgres")), "no embedded PostgreSQL was started");
    }
}
