package run.limber.domain.bundle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import run.limber.domain.content.Actor;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentWriter;
import run.limber.domain.notes.NoteContent;

@QuarkusTest
class SeedContentTest {

    @Inject
    SeedContent seed;

    @Inject
    ContentRepository repository;

    @Inject
    ContentCodec codec;

    @Inject
    ContentWriter writer;

    @Test
    @TestTransaction
    void seedingAgainCreatesNothingAndKeepsWhatEditorsChanged() {
        var hydration = repository.find(ContentKind.NOTE, "hydration").orElseThrow();
        var seeded = codec.read(hydration.published().orElseThrow().body(), NoteContent.class);
        var edited = new NoteContent(seeded.slug(), "Water, before and after", seeded.category(), seeded.timing(),
                seeded.body(), seeded.medicalDisclaimer());
        var editor = new Actor(null, "editor@example.org");
        writer.save(hydration, edited.title(), codec.write(edited), editor, "Shorter title");
        writer.publish(hydration, editor, false, Optional.empty());
        long revisions = revisionCount();

        seed.onStart(null);

        assertEquals(revisions, revisionCount());
        var published = repository.find(ContentKind.NOTE, "hydration").orElseThrow().published().orElseThrow();
        assertEquals("Water, before and after", published.title());
        assertEquals(2, published.number());
    }

    private long revisionCount() {
        return repository.getEntityManager().createQuery("select count(r) from ContentRevision r", Long.class)
                .getSingleResult();
    }
}
