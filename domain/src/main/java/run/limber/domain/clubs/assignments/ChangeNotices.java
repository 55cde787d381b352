package run.limber.domain.clubs.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.PublishedContentChanged;
import run.limber.domain.content.PublishedContentChanged.PublishedRevision;

/**
 * Hears every publication in the transaction that makes it, so a notice exists exactly when the publication does:
 * a routine or drill that active assignments are pinned to leaves their coaches a notice.
 */
@ApplicationScoped
class ChangeNotices {

    private final NoticeRepository notices;
    private final Clock clock;

    ChangeNotices(NoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    void record(@Observes PublishedContentChanged change) {
        if (change.kind() == ContentKind.ROUTINE || change.kind() == ContentKind.DRILL) {
            notices.record(change.kind(), change.slug(), change.published().map(PublishedRevision::id), clock.instant());
        }
    }
}
