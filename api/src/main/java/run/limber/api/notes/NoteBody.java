package run.limber.api.notes;

import java.time.Instant;
import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteTiming;
import run.limber.domain.notes.PublishedNote;

/** A whole note: the Markdown source and the sanitised HTML to display. */
public record NoteBody(String slug, String title, NoteCategory category, NoteTiming timing, String body,
                       String bodyHtml, boolean medicalDisclaimer, int revision, Instant publishedAt) {

    static NoteBody of(PublishedNote note) {
        var c = note.content();
        return new NoteBody(c.slug(), c.title(), c.category(), c.timing(), c.body(), note.bodyHtml(),
                c.medicalDisclaimer(), note.revision(), note.publishedAt());
    }
}
