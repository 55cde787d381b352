package run.limber.domain.clubs.assignments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import run.limber.domain.clubs.ClubAccess;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.editorial.RevisionDiff;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * The open change notices of a club, each with the difference between the pinned and the published revision, and
 * keeping an assignment as it is despite one (moving it is {@link AssignmentService#move}).
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class AssignmentNotices {

    private final ClubAccess access;
    private final NoticeRepository notices;
    private final EntityManager entities;
    private final Clock clock;

    AssignmentNotices(ClubAccess access, NoticeRepository notices, EntityManager entities, Clock clock) {
        this.access = access;
        this.notices = notices;
        this.entities = entities;
        this.clock = clock;
    }

    /** Oldest first; the page's revisions are read in one query. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ChangeNotice> open(long clubId, PageRequest page) {
        access.require(clubId, ClubRole.COACH);
        var stored = notices.open(clubId, page);
        var ids = new HashSet<Long>();
        stored.items().forEach(notice -> Stream.of(notice.pinnedRevisionId(), notice.currentRevisionId())
                .filter(Objects::nonNull).forEach(ids::add));
        Map<Long, ContentRevision> revisions = ids.isEmpty() ? Map.of() : entities
                .createQuery("select r from ContentRevision r where r.id in :ids", ContentRevision.class)
                .setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(ContentRevision::id, Function.identity()));
        return stored.map(notice -> {
            var pinned = revisions.get(notice.pinnedRevisionId());
            var current = notice.currentRevisionId() == null ? null : revisions.get(notice.currentRevisionId());
            var diff = RevisionDiff.between(pinned.number(), pinned.body(), current == null ? 0 : current.number(),
                    current == null ? null : current.body());
            return new ChangeNotice(notice.id(), notice.assignmentId(), notice.kind(), notice.slug(), pinned.number(),
                    current == null ? null : current.number(), notice.createdAt(), diff);
        });
    }

    /** Keeps the assignment as pinned despite this notice; its other notices stay open. */
    @Transactional
    public void keep(long clubId, long noticeId) {
        access.require(clubId, ClubRole.COACH);
        if (!notices.keep(clubId, noticeId, clock.instant())) {
            if (notices.exists(clubId, noticeId)) {
                throw new ConflictException("This notice was already resolved.");
            }
            throw new NoSuchEntryException("notice", Long.toString(noticeId));
        }
    }
}
