package run.limber.domain.content;

import java.util.Optional;

/**
 * Announced once for every change to what runners see of an item — published by an editor, by the schedule or by
 * an import; unpublished; archived — by {@link ContentWriter} alone, in the transaction that made it.
 *
 * @param published the revision runners see now; empty when the item was unpublished or archived
 * @param previous  the revision they saw before; empty when nothing was published
 */
public record PublishedContentChanged(ContentKind kind, String slug, Optional<PublishedRevision> published,
                                      Optional<PublishedRevision> previous) {

    /** A published revision as listeners keep it: its id, which references hold on to, and its number. */
    public record PublishedRevision(long id, int number) {

        static Optional<PublishedRevision> of(Optional<ContentRevision> revision) {
            return revision.map(r -> new PublishedRevision(r.id(), r.number()));
        }
    }
}
