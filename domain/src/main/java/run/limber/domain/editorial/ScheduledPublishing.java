package run.limber.domain.editorial;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentWriter;

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
    private final ContentWriter writer;
    private final Clock clock;

    ScheduledPublishing(ContentRepository items, ContentWriter writer, Clock clock) {
        this.items = items;
        this.writer = writer;
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
            if (writer.publishIfDue(items.findById(id), now)) {
                published++;
            }
        }
        if (published > 0) {
            LOG.infof("Published %d scheduled revision(s)", published);
        }
        return published;
    }
}
