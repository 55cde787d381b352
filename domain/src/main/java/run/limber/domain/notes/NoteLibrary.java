package run.limber.domain.notes;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.MarkdownRenderer;
import run.limber.domain.content.PublishedCache;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/** Published recovery and nutrition notes. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NoteLibrary {

    private final ContentRepository content;
    private final ContentCodec codec;
    private final MarkdownRenderer markdown;

    NoteLibrary(ContentRepository content, ContentCodec codec, MarkdownRenderer markdown) {
        this.content = content;
        this.codec = codec;
        this.markdown = markdown;
    }

    public Page<PublishedNote> list(Optional<NoteCategory> category, PageRequest page) {
        var notes = all().stream().filter(note -> category.map(note.content().category()::equals).orElse(true)).toList();
        return Page.slice(notes, page);
    }

    public PublishedNote get(String slug) {
        return all().stream().filter(note -> note.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new NoSuchEntryException("note", slug));
    }

    /** Every published note, rendered once and cached: Markdown rendering is the costly part. */
    @CacheResult(cacheName = PublishedCache.NOTES)
    public List<PublishedNote> all() {
        return content.published(ContentKind.NOTE).stream().map(this::toNote).toList();
    }

    private PublishedNote toNote(ContentRevision revision) {
        var note = codec.read(revision.body(), NoteContent.class);
        return new PublishedNote(note, markdown.toSafeHtml(note.body()), revision.number(), revision.publishedAt());
    }
}
