package run.limber.domain.editorial;

import java.time.Instant;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.RevisionStatus;

/**
 * One line of an item's history.
 *
 * @param authorId the author's account id, for asking who may approve the revision; null for the system
 */
public record RevisionInfo(int number, RevisionStatus status, String author, Long authorId, Instant createdAt,
                           Instant updatedAt, Instant publishedAt, String summary, String reviewComment) {

    static RevisionInfo of(ContentRevision revision) {
        return new RevisionInfo(revision.number(), revision.status(), revision.author(), revision.authorId(),
                revision.createdAt(), revision.updatedAt(), revision.publishedAt(), revision.summary(),
                revision.reviewComment());
    }
}
