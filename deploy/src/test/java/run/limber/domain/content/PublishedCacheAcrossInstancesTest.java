package run.limber.domain.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import run.limber.api.editorial.Drafts;
import run.limber.testing.DemoCallers;

/**
 * What another instance publishes reaches this instance's caches well within their 10 s expiry: the change is made
 * here on a connection of the test's own, as another instance's transaction would make it, so this instance's own
 * after-commit eviction never runs and only the notification can clear its cache.
 */
@QuarkusTest
class PublishedCacheAcrossInstancesTest {

    /** Well within the caches' expiry (10 s), well beyond a notification's delivery. */
    private static final Duration SOON = Duration.ofSeconds(3);

    /** Another instance publishing a new revision (a copy of the published one) of a drill. */
    private static final String PUBLISH_NEXT_REVISION = """
            with next as (
                insert into content_revision (item_id, number, status, title, body, author, author_id, summary,
                                              created_at, updated_at, published_at)
                select r.item_id, r.number + 1, 'PUBLISHED', r.title, r.body, r.author, r.author_id, r.summary,
                       now(), now(), now()
                from content_item i join content_revision r on r.id = i.published_revision_id
                where i.kind = 'DRILL' and i.slug = ?
                returning id, item_id, number)
            update content_item i set published_revision_id = next.id from next where i.id = next.item_id
            returning next.number""";

    @Test
    void aPublicationOnAnotherInstanceClearsThisInstancesCache() throws SQLException {
        String slug = publishedDrill();

        assertServedSoon(slug, publishElsewhere(slug));
    }

    /** The other half: what this instance publishes reaches a listener elsewhere, as another instance's would. */
    @Test
    void aPublicationHereIsAnnouncedToEveryInstance() throws SQLException {
        try (Connection elsewhere = connect(); var listen = elsewhere.createStatement()) {
            listen.execute("listen " + PublishedCacheEviction.CHANNEL);
            String slug = Drafts.uniqueSlug("replica");
            DemoCallers.publish("drills", slug, Drafts.drill(slug, "Ankle circles"));

            var heard = elsewhere.unwrap(PGConnection.class).getNotifications((int) SOON.toMillis());
            assertTrue(heard != null && heard.length > 0, "a notification on " + PublishedCacheEviction.CHANNEL);
        }
    }

    @Test
    void theListenerComesBackAfterItsConnectionIsKilled() throws SQLException {
        int killed = listenerPid().orElseThrow();
        try (Connection connection = connect(); var kill = connection.createStatement()) {
            kill.execute("select pg_terminate_backend(" + killed + ")");
        }
        assertTrue(within(Duration.ofSeconds(5), () -> listenerPid().filter(pid -> pid != killed).isPresent()),
                "a new listening connection");
        String slug = publishedDrill();

        assertServedSoon(slug, publishElsewhere(slug));
    }

    /** A new drill, published through the API and read once, so the cache holds its first revision. */
    private static String publishedDrill() {
        String slug = Drafts.uniqueSlug("replica");
        DemoCallers.publish("drills", slug, Drafts.drill(slug, "Ankle circles"));
        assertEquals(1, servedRevision(slug));
        return slug;
    }

    /**
     * Commits a new revision as another instance would, and sends the notice that instance's transaction sends once
     * this instance is seen to keep serving the cached one (without the notice it would until the expiry). This
     * instance's own notice of {@link #publishedDrill} may clear the cache once more, just after the test filled it:
     * then the next revision shows at once and is the cached one, so another is committed. Returns the revision
     * published last.
     */
    private static int publishElsewhere(String slug) throws SQLException {
        try (Connection connection = connect()) {
            int published = publishNextRevision(connection, slug);
            for (int tries = 1; servedRevision(slug) == published; tries++) {
                assertTrue(tries < 3, "the cache of revision " + (published - 1) + " kept being cleared untold");
                published = publishNextRevision(connection, slug);
            }
            try (var notify = connection.createStatement()) {
                notify.execute("select pg_notify('" + PublishedCacheEviction.CHANNEL + "', '')");
            }
            return published;
        }
    }

    private static int publishNextRevision(Connection connection, String slug) throws SQLException {
        try (var publish = connection.prepareStatement(PUBLISH_NEXT_REVISION)) {
            publish.setString(1, slug);
            var published = publish.executeQuery();
            assertTrue(published.next(), "a published drill " + slug);
            return published.getInt(1);
        }
    }

    private static void assertServedSoon(String slug, int revision) {
        assertTrue(within(SOON, () -> servedRevision(slug) == revision),
                "revision " + revision + " served within " + SOON);
    }

    private static int servedRevision(String slug) {
        return given().when().get("/api/v1/drills/" + slug).then().statusCode(200).extract().path("revision");
    }

    /** This instance's listening connection, by the name it gives itself, in this test run's database. */
    private static Optional<Integer> listenerPid() {
        try (Connection connection = connect(); var find = connection.prepareStatement(
                "select pid from pg_stat_activity where application_name = ? and datname = current_database()")) {
            find.setString(1, PublishedChangesListener.APPLICATION_NAME);
            var rows = find.executeQuery();
            return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean within(Duration limit, BooleanSupplier condition) {
        Instant end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null), null);
    }
}
