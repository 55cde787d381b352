package run.limber.deploy.database;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app, run as the README runs it against an external PostgreSQL, while that database stops and comes
 * back: API requests answer 503 with Retry-After rather than 500, readiness says DOWN, and a write a client sends again
 * with the same Idempotency-Key once the database is back is recorded once.
 */
class DatabaseAwayIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private EmbeddedDatabase database;
    private Process app;
    private int dbPort;
    private int httpPort;

    @Test
    void whileTheDatabaseIsAwayTheApiAsksClientsToRetryAndNothingIsLoggedTwice() throws Exception {
        dbPort = freePort();
        httpPort = freePort();
        database = EmbeddedDatabase.start(dir, dbPort);
        startApp();
        String token = signedInRunner();
        String before = logSession(token, UUID.randomUUID().toString()).then().statusCode(201).extract().path("id");

        database.close();

        String retried = UUID.randomUUID().toString();
        logSession(token, retried).then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("status", is(503));
        api(token).when().get("/api/v1/me").then().statusCode(503).header("Retry-After", notNullValue());
        given().port(httpPort).when().get("/q/health/ready").then().statusCode(503).body("status", is("DOWN"));

        database = EmbeddedDatabase.start(dir, dbPort);

        String logged = eventually(() -> logSession(token, retried)).then().statusCode(201).extract().path("id");
        logSession(token, retried).then().statusCode(200).body("id", is(logged));
        api(token).when().get("/api/v1/me/sessions").then().statusCode(200)
                .body("total", is(2))
                .body("items.id", containsInAnyOrder(before, logged));
        given().port(httpPort).when().get("/q/health/ready").then().statusCode(200);
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
        if (database != null) {
            database.close();
        }
    }

    private void startApp() throws Exception {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElse("java");
        var launch = new ProcessBuilder(java, "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("app.log").toFile());
        launch.environment().putAll(Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + dbPort + "/postgres",
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.USER,
                "QUARKUS_HTTP_PORT", String.valueOf(httpPort),
                "LIMBER_DATA_DIR", dir.resolve("data").toString()));
        app = launch.start();
        var deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!app.isAlive()) {
                fail("The app ended while starting:\n" + Files.readString(dir.resolve("app.log")));
            }
            try {
                if (given().port(httpPort).when().get("/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (Exception notListeningYet) {
                // keep waiting
            }
            Thread.sleep(200);
        }
        fail("The app was not ready within " + PATIENCE + ":\n" + Files.readString(dir.resolve("app.log")));
    }

    private String signedInRunner() {
        var credentials = Map.of("email", "away@example.org", "password", "correct horse battery staple");
        given().port(httpPort).contentType("application/json")
                .body(Map.of("email", "away@example.org", "password", "correct horse battery staple",
                        "displayName", "Away", "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/auth/register").then().statusCode(201);
        return given().port(httpPort).contentType("application/json").body(credentials)
                .when().post("/api/v1/auth/token").then().statusCode(200).extract().path("accessToken");
    }

    private Response logSession(String token, String key) {
        return api(token).header("Idempotency-Key", key)
                .body(Map.of("routine", "ten-minute-mobility", "context", "BEFORE_RUN",
                        "startedAt", "2026-11-30T07:00:00Z", "durationSeconds", 600))
                .when().post("/api/v1/me/sessions");
    }

    private RequestSpecification api(String token) {
        return given().port(httpPort).contentType("application/json").header("Authorization", "Bearer " + token);
    }

    /** Sends the request again while it answers 503, as a client honouring Retry-After would (faster, for the test). */
    private static Response eventually(Supplier<Response> request) throws InterruptedException {
        var deadline = Instant.now().plus(PATIENCE);
        Response response = request.get();
        while (response.statusCode() == 503 && Instant.now().isBefore(deadline)) {
            assertEquals("5", response.header("Retry-After"));
            Thread.sleep(250);
            response = request.get();
        }
        return response;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
