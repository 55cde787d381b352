package run.limber.deploy;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app as {@code ./limber} runs it (embedded database, JSON logs) told to stop by SIGTERM, as Kubernetes
 * and the rolling restart of bench/cluster.sh do: readiness answers 503 at once, the API goes on answering during the
 * shutdown delay so a balancer can drain the instance, then it exits, its embedded PostgreSQL stopped after it.
 */
class GracefulShutdownIT {

    /** quarkus.shutdown.delay in application.properties. */
    private static final Duration DELAY = Duration.ofSeconds(5);
    private static final String DRILL = "/api/v1/drills/straight-leg-ankle-matrix";

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process app;
    private int port;

    @Test
    void onSigtermReadinessGoesDownWhileRequestsAreStillServedThenTheAppAndItsDatabaseStop() throws Exception {
        startApp("json");

        Instant signalled = Instant.now();
        app.destroy(); // SIGTERM
        // The signal reaches the app a moment later: readiness is read from then on.
        Thread.sleep(500);
        List<Integer> readiness = new ArrayList<>();
        List<Integer> api = new ArrayList<>();
        while (Duration.between(signalled, Instant.now()).compareTo(DELAY.minusSeconds(2)) < 0) {
            readiness.add(status("/q/health/ready"));
            api.add(status(DRILL));
            Thread.sleep(100);
        }
        boolean ended = app.waitFor(30, TimeUnit.SECONDS);
        Duration stopping = Duration.between(signalled, Instant.now());

        String log = Files.readString(dir.resolve("stdout"));
        assertAll(
                () -> assertTrue(readiness.size() > 10, "polled " + readiness.size() + " times"),
                () -> assertTrue(readiness.stream().allMatch(s -> s == 503), "readiness during the delay: " + readiness),
                () -> assertTrue(api.stream().allMatch(s -> s == 200), "the API during the delay: " + api),
                () -> assertTrue(ended, "exited within 30 s"),
                () -> assertTrue(stopping.compareTo(DELAY) >= 0, "served through the delay, stopped after " + stopping),
                () -> assertEquals(128 + 15, app.exitValue(), "the exit code of a stop by SIGTERM"),
                () -> assertFalse(Files.exists(dir.resolve("postgres/postmaster.pid")), "PostgreSQL stopped"),
                () -> assertTrue(Files.readString(dir.resolve("postgres.log")).contains("database system is shut down"),
                        "PostgreSQL shut down cleanly"));
        assertLinesAreJson(log);
    }

    @Test
    void anUnknownLogFormatStopsTheStartWithOneLineNamingTheSetting() throws Exception {
        var launch = limber("xml");
        app = launch.start();

        assertTrue(app.waitFor(60, TimeUnit.SECONDS), "Limber kept running with LIMBER_LOG_FORMAT=xml");
        assertEquals(1, app.exitValue());
        List<String> errors = Files.readAllLines(dir.resolve("stderr"), StandardCharsets.UTF_8);
        assertEquals(List.of("LIMBER_LOG_FORMAT=xml is not a log format Limber writes: use text or json."), errors);
        assertTrue(Files.notExists(dir.resolve("postgres")), "no embedded PostgreSQL was started");
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
            app.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void startApp(String logFormat) throws Exception {
        port = freePort();
        var launch = limber(logFormat);
        launch.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        launch.environment().put("LIMBER_EMBEDDED_DB_PORT", Integer.toString(freePort()));
        app = launch.start();
        var deadline = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(deadline) && app.isAlive()) {
            if (status("/q/health/ready") == 200) {
                return;
            }
            Thread.sleep(200);
        }
        fail("Limber was not ready:\n" + Files.readString(dir.resolve("stdout")) + Files.readString(dir.resolve("stderr")));
    }

    /** The packaged app on an embedded database of its own, as {@code ./limber} starts it. */
    private ProcessBuilder limber(String logFormat) {
        var launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectOutput(dir.resolve("stdout").toFile())
                .redirectError(dir.resolve("stderr").toFile());
        launch.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("LIMBER_"));
        launch.environment().put("LIMBER_DATA_DIR", dir.toString());
        launch.environment().put("LIMBER_LOG_FORMAT", logFormat);
        return launch;
    }

    /** The answer's status, or 0 when nothing answers. */
    private int status(String path) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(5)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Every line is a JSON object with a message, and the start and the stop were logged. */
    private static void assertLinesAreJson(String log) throws IOException {
        var mapper = new ObjectMapper();
        List<String> messages = new ArrayList<>();
        for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
            JsonNode entry;
            try {
                entry = mapper.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
            assertTrue(entry.has("message") && entry.has("level") && entry.has("timestamp"), line);
            messages.add(entry.get("message").asText());
        }
        assertTrue(messages.stream().anyMatch(m -> m.contains("started in")), "the start is logged: " + messages);
        assertTrue(messages.stream().anyMatch(m -> m.contains("stopped in")), "the stop is logged: " + messages);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
