package run.limber.domain.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.drills.DrillContent;
import run.limber.domain.notes.NoteContent;
import run.limber.domain.routines.RoutineContent;
import run.limber.domain.shared.Slug;

/**
 * Loads the shipped content bundle at start-up. It only creates items that do not exist yet, so
 * editors' changes survive every restart and upgrade.
 */
@ApplicationScoped
class SeedContent {

    static final String RESOURCE = "content/seed.json";
    static final String AUTHOR = "Limber team";
    private static final Logger LOG = Logger.getLogger(SeedContent.class);
    /** Serialises seeding across app instances that start together against one database. */
    private static final long SEED_LOCK = 0x11_6d_62_65_72L;

    private final ContentRepository repository;
    private final ContentCodec codec;
    private final ObjectMapper mapper;
    private final Clock clock;

    SeedContent(ContentRepository repository, ContentCodec codec, ObjectMapper mapper, Clock clock) {
        this.repository = repository;
        this.codec = codec;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        repository.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, SEED_LOCK).getSingleResult();
        ContentBundle bundle = read();
        Instant now = clock.instant();
        int created = 0;
        for (DrillContent drill : bundle.drills()) {
            created += createIfMissing(ContentKind.DRILL, drill.slug(), drill.name(), drill, now);
        }
        for (RoutineContent routine : bundle.routines()) {
            created += createIfMissing(ContentKind.ROUTINE, routine.slug(), routine.name(), routine, now);
        }
        for (NoteContent note : bundle.notes()) {
            created += createIfMissing(ContentKind.NOTE, note.slug(), note.title(), note, now);
        }
        if (created > 0) {
            LOG.infof("Seeded %d content items from %s", created, RESOURCE);
        }
    }

    private int createIfMissing(ContentKind kind, String slug, String title, Object content, Instant now) {
        if (repository.find(kind, slug).isPresent()) {
            return 0;
        }
        var item = new ContentItem(kind, new Slug(slug), now);
        var revision = item.draft(title, codec.write(content), AUTHOR, "Initial content", now);
        repository.persist(item);
        item.publish(revision, now);
        return 1;
    }

    private ContentBundle read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("seed content " + RESOURCE + " is missing from the build");
            }
            return mapper.readValue(in, ContentBundle.class);
        } catch (IOException e) {
            throw new UncheckedIOException("seed content " + RESOURCE + " cannot be read", e);
        }
    }
}
