package run.limber.domain.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import run.limber.domain.content.Actor;

/**
 * Loads the shipped content bundle at start-up through the importer. It only creates items that do not exist yet,
 * so editors' changes survive every restart and upgrade.
 */
@ApplicationScoped
class SeedContent {

    static final String RESOURCE = "content/seed.json";
    static final Actor TEAM = Actor.system("Limber team");
    private static final Logger LOG = Logger.getLogger(SeedContent.class);

    private final ContentTransfer transfer;
    private final ObjectMapper mapper;

    SeedContent(ContentTransfer transfer, ObjectMapper mapper) {
        this.transfer = transfer;
        this.mapper = mapper;
    }

    void onStart(@Observes StartupEvent event) {
        var report = transfer.seed(read(), TEAM);
        if (report.count(ImportAction.CREATE) > 0) {
            LOG.infof("Seeded content from %s: %s", RESOURCE, report.summary());
        }
    }

    private JsonNode read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed content " + RESOURCE + " is missing from the build");
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("seed content " + RESOURCE + " cannot be read", e);
        }
    }
}
