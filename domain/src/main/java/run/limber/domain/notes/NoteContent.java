package run.limber.domain.notes;

import java.util.Objects;
import run.limber.domain.shared.Slug;

/**
 * A note as editors write it; one revision's body.
 *
 * @param body              Markdown
 * @param medicalDisclaimer runners see a "not medical advice" notice with it
 */
public record NoteContent(String slug, String title, NoteCategory category, NoteTiming timing, String body,
                          boolean medicalDisclaimer) {

    public NoteContent {
        new Slug(slug);
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(category, "category");
        timing = timing == null ? NoteTiming.ANY : timing;
        body = body == null ? "" : body;
    }
}
