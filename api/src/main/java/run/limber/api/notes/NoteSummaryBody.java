package run.limber.api.notes;

import run.limber.domain.notes.NoteCategory;
import run.limber.domain.notes.NoteTiming;
import run.limber.domain.notes.PublishedNote;

/** A note in a list. */
public record NoteSummaryBody(String slug, String title, NoteCategory category, NoteTiming timing,
                              boolean medicalDisclaimer) {

    static NoteSummaryBody of(PublishedNote note) {
        var c = note.content();
        return new NoteSummaryBody(c.slug(), c.title(), c.category(), c.timing(), c.medicalDisclaimer());
    }
}
