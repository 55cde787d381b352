package run.limber.domain.content;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import run.limber.domain.shared.DirectConnections;

/**
 * Listens on {@value PublishedCacheEviction#CHANNEL} on one connection of its own and evicts this instance's caches of
 * published content whenever any instance publishes (this one included).
 * <p>
 * The connection is opened with the datasource's settings but outside its pool: it is held for the life of the
 * instance, which a pool would count as a leak and as one connection fewer for requests. When it drops (database
 * restart, failover) the listener opens another after a growing pause and evicts everything, since notifications sent
 * meanwhile are lost. The caches' expiry bounds what a lost notification can cost.
 */
@ApplicationScoped
class PublishedChangesListener {

    static final String APPLICATION_NAME = "limber-published-listener";
    /** How long one wait for notifications lasts before the connection is checked (a dead peer may never say so). */
    private static final int WAIT_MILLIS = 10_000;
    private static final Duration FIRST_RETRY = Duration.ofMillis(250);
    private static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(PublishedChangesListener.class);

    private final PublishedCacheEviction eviction;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread thread;

    PublishedChangesListener(PublishedCacheEviction eviction,
                             @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
                             @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
                             @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.eviction = eviction;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent start) {
        running = true;
        thread = Thread.ofPlatform().daemon().name(APPLICATION_NAME).start(this::listenUntilStopped);
    }

    /** Closing the connection ends a wait for notifications at once, the interrupt a pause between attempts. */
    void stop(@Observes ShutdownEvent stop) throws InterruptedException {
        running = false;
        if (thread != null) {
            closeQuietly(connection);
            thread.interrupt();
            thread.join(Duration.ofSeconds(5));
        }
    }

    private void listenUntilStopped() {
        Duration retry = FIRST_RETRY;
        while (running) {
            try (Connection listening = listen()) {
                retry = FIRST_RETRY;
                evictOnNotifications(listening);
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                LOG.warnf("Not listening for publications (%s); trying again in %d ms", e.getMessage(),
                        retry.toMillis());
                if (!pause(retry)) {
                    return;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    /** A new listening connection; notifications missed while there was none cannot be known, so all caches go. */
    private Connection listen() throws SQLException {
        Connection opened = DirectConnections.open(url, username, password, APPLICATION_NAME);
        connection = opened;
        try (Statement statement = opened.createStatement()) {
            statement.execute("listen " + PublishedCacheEviction.CHANNEL);
        } catch (SQLException e) {
            closeQuietly(opened);
            throw e;
        }
        eviction.evictAll();
        return opened;
    }

    private void evictOnNotifications(Connection listening) throws SQLException {
        PGConnection notifications = listening.unwrap(PGConnection.class);
        while (running) {
            var received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                eviction.evictAll();
            } else if (!listening.isValid(5)) {
                throw new SQLException("the connection stopped answering");
            }
        }
    }

    /** False when the pause was cut short because the instance stops. */
    private boolean pause(Duration length) {
        try {
            Thread.sleep(length);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing a connection that is gone
            }
        }
    }
}
