package run.limber.api.assignments;

import java.time.Instant;
import run.limber.api.editorial.DiffBody;
import run.limber.domain.clubs.assignments.ChangeNotice;
import run.limber.domain.content.ContentKind;

/**
 * A change published since an assignment was pinned: the routine or one of its drills, from the pinned revision to
 * the current one (null when it is no longer published), with the difference field by field.
 */
public record NoticeBody(long id, long assignmentId, ContentKind kind, String slug, int pinnedRevision,
                         Integer currentRevision, Instant createdAt, DiffBody diff) {

    static NoticeBody of(ChangeNotice notice) {
        return new NoticeBody(notice.id(), notice.assignmentId(), notice.kind(), notice.slug(), notice.pinnedRevision(),
                notice.currentRevision(), notice.createdAt(), DiffBody.of(notice.diff()));
    }
}
