package run.limber.api.editorial;

import java.time.Instant;
import run.limber.domain.content.RevisionStatus;
import run.limber.domain.editorial.RevisionInfo;

/** One line of an item's history. */
public record RevisionBody(int number, RevisionStatus status, String author, Instant createdAt, Instant updatedAt,
                           Instant publishedAt, String changeSummary, String reviewComment) {

    static RevisionBody of(RevisionInfo info) {
        return new RevisionBody(info.number(), info.status(), info.author(), info.createdAt(), info.updatedAt(),
                info.publishedAt(), info.summary(), info.reviewComment());
    }
}
