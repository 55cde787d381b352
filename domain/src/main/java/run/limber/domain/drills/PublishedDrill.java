package run.limber.domain.drills;

import java.time.Instant;

/** A drill as runners see it: its published content and which revision that is. */
public record PublishedDrill(DrillContent content, int revision, Instant publishedAt) {

    public String slug() {
        return content.slug();
    }

    public String name() {
        return content.name();
    }

    public Prescription prescription() {
        return content.prescription();
    }
}
