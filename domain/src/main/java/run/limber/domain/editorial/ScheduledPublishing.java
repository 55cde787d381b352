package run.limber.domain.editorial;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditType;
import run.limber.domain.content.ContentRepository;

/**
 * Publishes scheduled revisions when their time comes. The schedule lives in the database, so it
 * survives restarts; every app instance runs this job, and row locks taken with SKIP LOCKED make
 * sure each scheduled revision is published by exactly one of them, once.
 */
@ApplicationScoped
class ScheduledPublishing {

    private static final Logger LOG = Logger.getLogger(ScheduledPublishing.class);
    /** Items published per transaction; anything beyond waits for the next run. */
    private static final int BATCH = 50;

    private final ContentRepository items;
    private final AuditLog audit;
    private final Event<PublishedContentChanged> publishedChanged;
    private final Clock clock;

    ScheduledPublishing(ContentRepository items, AuditLog audit, Event<PublishedContentChanged> publishedChanged,
                        Clock clock) {
        this.items = items;
        this.audit = audit;
        this.publishedChanged = publishedChanged;
        this.clock = clock;
    }

    /** A scheduled revision goes live within half a minute of its time. */
    @Scheduled(every = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        publishDue(clock.instant());
    }

    /** Publishes every revision scheduled for {@code now} or earlier; returns how many this call published. */
    @Transactional
    int publishDue(Instant now) {
        int published = 0;
        for (long id : items.lockDueForPublishing(now, BATCH)) {
            var item = items.findById(id);
            var approver = item.scheduledBy().orElseThrow();
            int number = item.workingCopy().number();
            if (item.publishIfDue(now)) {
                audit.record(AuditType.CONTENT_PUBLISHED, approver.id(), approver.name(),
                        EditorialService.auditSubject(item), "revision " + number + " as scheduled", null);
                publishedChanged.fire(new PublishedContentChanged(item.kind(), item.slug()));
                published++;
            }
        }
        if (published > 0) {
            LOG.infof("Published %d scheduled revision(s)", published);
        }
        return published;
    }
}
