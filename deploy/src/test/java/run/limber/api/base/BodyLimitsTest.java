package run.limber.api.base;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import run.limber.api.media.Images;
import run.limber.domain.accounts.DemoAccounts;
import run.limber.domain.shared.LimitSettings;
import run.limber.testing.DemoCallers;
import run.limber.testing.TestAccounts;

/**
 * Each kind of request body has its own limit, enforced before the body is read: by its Content-Length at once, and
 * for a body sent without one as soon as it passes the limit.
 */
@QuarkusTest
class BodyLimitsTest {

    /** Long enough for a slow machine, far shorter than waiting for a body that never comes. */
    private static final Duration BUDGET = Duration.ofSeconds(5);

    @TestHTTPResource("/")
    URI base;

    @Inject
    LimitSettings limits;

    @Test
    void aJsonBodyOverItsLimitIsRefusedWith413() {
        var session = Map.of("routine", "ten-minute-mobility", "context", "BEFORE_RUN",
                "startedAt", "2026-01-05T06:00:00Z", "durationSeconds", 600,
                "note", "x".repeat((int) limits.jsonBody().asLongValue()));
        DemoCallers.runner().given().body(session)
                .when().post("/api/v1/me/sessions")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("status", is(413))
                .body("detail", containsString("0.25 MB"));
    }

    @Test
    void aBundleLargerThanAnyDraftIsStillImported() {
        var notes = new ArrayList<Map<String, Object>>();
        for (int i = 0; notes.size() * 40_000L <= limits.jsonBody().asLongValue(); i++) {
            notes.add(Map.of("slug", "long-note-" + i, "title", "A long note", "category", "RECOVERY",
                    "timing", "AFTER_RUN", "body", "Rest. ".repeat(6_000), "medicalDisclaimer", true));
        }
        DemoCallers.editor().given().queryParam("dryRun", true)
                .body(Map.of("format", "limber-content", "formatVersion", 1, "notes", notes))
                .when().post("/api/v1/admin/content/import")
                .then().statusCode(200)
                .body("dryRun", is(true));
    }

    @Test
    void aDeclaredLengthOverTheLimitIsAnsweredBeforeAnyOfTheBodyIsSent() throws IOException {
        for (var upload : List.of(
                new Upload("/api/v1/admin/media", "image/png", limits.image().asLongValue() + 1),
                new Upload("/api/v1/admin/content/import", "application/json", limits.bundle().asLongValue() + 1),
                new Upload("/api/v1/me/assessments", "application/json", limits.jsonBody().asLongValue() + 1))) {
            String answer = headersOnly(upload);
            assertTrue(answer.startsWith("HTTP/1.1 413"), upload + " answered " + answer);
            assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
            assertTrue(answer.contains("\"status\":413"), answer);
        }
    }

    @Test
    void anImageWithoutALengthIsCutOffOnceItPassesTheLimit() {
        String token = TestAccounts.demoToken(DemoAccounts.EDITOR);
        long size = limits.image().asLongValue() * 3;
        var request = HttpRequest.newBuilder(base.resolve("/api/v1/admin/media"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "image/png")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Png(size)))
                .build();
        int status = assertTimeoutPreemptively(BUDGET.multipliedBy(2), () -> {
            try (var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
                return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException closedMidBody) {
                return 413; // the server closed the connection while the client was still sending
            }
        });
        assertEquals(413, status);
    }

    /** Sends only a request's head, promising a body of {@code length} bytes, and reads the answer. */
    private String headersOnly(Upload upload) {
        return assertTimeoutPreemptively(BUDGET, () -> {
            try (var socket = new Socket(base.getHost(), base.getPort())) {
                socket.setSoTimeout((int) BUDGET.toMillis());
                String head = "POST " + upload.path() + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: "
                        + upload.type() + "\r\nContent-Length: " + upload.length() + "\r\n\r\n";
                socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    private record Upload(String path, String type, long length) {
    }

    /** A PNG header followed by as many more bytes as asked for, made as they are read. */
    private static final class Png extends InputStream {

        private final byte[] header = Images.png();
        private final long size;
        private long position;

        Png(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return position < header.length ? header[(int) position++] & 0xff : (int) (position++ & 0x7f);
        }
    }
}
