package run.limber.api.editorial;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.WorkingCopy;

/**
 * An item as editors open it: the content's own fields, and beside them the read-only workflow
 * fields, which a write ignores. {@code changeSummary} is the one extra field a write reads.
 */
public record WorkingCopyBody<T>(@JsonUnwrapped T content, @Schema(required = true) ItemStatus status,
                                 @Schema(required = true) long version, @Schema(required = true) int revision,
                                 Integer publishedRevision, String author, String changeSummary, String reviewComment,
                                 Instant scheduledAt, Instant updatedAt) {

    static <T> WorkingCopyBody<T> of(WorkingCopy<T> copy) {
        var revision = copy.revision();
        return new WorkingCopyBody<>(copy.content(), copy.status(), copy.version(), revision.number(),
                copy.publishedRevision(), revision.author(), revision.summary(), revision.reviewComment(),
                copy.scheduledAt(), copy.updatedAt());
    }
}
