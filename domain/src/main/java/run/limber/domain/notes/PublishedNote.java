package run.limber.domain.notes;

import java.time.Instant;

/** A note as runners see it; {@code bodyHtml} is the Markdown rendered and sanitised. */
public record PublishedNote(NoteContent content, String bodyHtml, int revision, Instant publishedAt) {

    public String slug() {
        return content.slug();
    }

    public String title() {
        return content.title();
    }
}
