package run.limber.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged jar on its embedded database (demo mode) will not listen where other machines can reach it. */
class DemoModeIT {

    @Test
    void demoModeListensOnLoopbackOnly(@TempDir Path dataDir) throws Exception {
        var outward = outwardAddress();
        Assumptions.assumeTrue(outward.isPresent(), "this machine has no address other machines could reach");
        int port = freePort();
        var launch = limber(dataDir);
        launch.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        launch.environment().put("LIMBER_EMBEDDED_DB_PORT", Integer.toString(freePort()));
        Process limber = launch.start();
        try {
            var http = HttpClient.newHttpClient();
            var ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build();
            int status = 0;
            for (int attempt = 0; attempt < 240 && status != 200 && limber.isAlive(); attempt++) {
                try {
                    status = http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
            assertEquals(200, status, "Limber answered on 127.0.0.1");

            try (var socket = new Socket()) {
                assertThrows(ConnectException.class,
                        () -> socket.connect(new InetSocketAddress(outward.get(), port), 2_000));
            }
        } finally {
            limber.destroy();
            if (!limber.waitFor(60, TimeUnit.SECONDS)) {
                limber.destroyForcibly();
            }
        }
    }

    @Test
    void demoModeOpenToTheNetworkExitsWithOneLineNamingTheSetting(@TempDir Path dataDir)
            throws IOException, InterruptedException {
        var launch = limber(dataDir);
        launch.environment().put("QUARKUS_HTTP_HOST", "0.0.0.0");
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

    /** The packaged app on an embedded database of its own, as {@code ./limber} starts it. */
    private static ProcessBuilder limber(Path dataDir) {
        var launch = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "quarkus-app", "quarkus-run.jar").toString())
                .redirectOutput(dataDir.resolve("stdout").toFile())
                .redirectError(dataDir.resolve("stderr").toFile());
        launch.environment().keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("LIMBER_"));
        launch.environment().put("LIMBER_DATA_DIR", dataDir.toString());
        return launch;
    }

    private static Optional<InetAddress> outwardAddress() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .filter(network -> {
                    try {
                        return network.isUp() && !network.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address)
                .findFirst();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
