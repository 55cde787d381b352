package run.limber.domain.content;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditRecord;
import run.limber.domain.audit.AuditType;
import run.limber.domain.shared.Slug;

/**
 * The one way content changes: each method takes a workflow step on an item, records it in the audit log and, when
 * what runners see changed, announces {@link PublishedContentChanged}. The editorial service, the scheduler and the
 * bundle import all write through here, so a publication has one path whoever makes it. Callers own the transaction,
 * the item's lock and the authorization; this writer checks only what the item's state allows.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ContentWriter {

    private final ContentRepository items;
    private final AuditLog audit;
    private final Event<PublishedContentChanged> announcements;
    private final Clock clock;

    ContentWriter(ContentRepository items, AuditLog audit, Event<PublishedContentChanged> announcements,
                  Clock clock) {
        this.items = items;
        this.audit = audit;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** Creates an item whose first revision is a draft by {@code author}; the caller has checked the slug is free. */
    public ContentItem create(ContentKind kind, Slug slug, String title, JsonNode body, Actor author, String summary) {
        var item = new ContentItem(kind, slug, title, body, author, summary, clock.instant());
        items.persist(item);
        record(item, AuditType.CONTENT_CREATED, author, "revision 1");
        return item;
    }

    /** Saves new content as the item's open draft (see {@link ContentItem#edit}). */
    public void save(ContentItem item, String title, JsonNode body, Actor author, String summary) {
        var revision = stored(item.edit(title, body, author, summary, clock.instant()));
        record(item, AuditType.CONTENT_SAVED, author, "revision " + revision.number());
    }

    public void submit(ContentItem item, Actor author) {
        item.submit(clock.instant());
        record(item, AuditType.CONTENT_SUBMITTED, author, "revision " + item.workingCopy().number());
    }

    public void requestChanges(ContentItem item, Actor reviewer, String comment) {
        item.requestChanges(comment, clock.instant());
        record(item, AuditType.CONTENT_CHANGES_REQUESTED, reviewer,
                "revision " + item.workingCopy().number() + ": " + comment);
    }

    /** Publishes the open revision now, or schedules it when {@code at} is in the future. */
    public void publish(ContentItem item, Actor approver, boolean reviewRequired, Optional<Instant> at) {
        Instant now = clock.instant();
        int number = item.workingCopy().number();
        if (at.isPresent() && at.get().isAfter(now)) {
            item.schedule(approver, reviewRequired, at.get(), now);
            record(item, AuditType.CONTENT_SCHEDULED, approver, "revision " + number + " at " + at.get());
            return;
        }
        var previous = item.published();
        item.publish(approver, reviewRequired, now);
        announce(item, previous);
        record(item, AuditType.CONTENT_PUBLISHED, approver, "revision " + number);
    }

    /** Publishes the scheduled revision, in its approver's name, if its time has come; false when nothing is due. */
    public boolean publishIfDue(ContentItem item, Instant now) {
        var approver = item.scheduledBy();
        int number = item.workingCopy().number();
        var previous = item.published();
        if (approver.isEmpty() || !item.publishIfDue(now)) {
            return false;
        }
        announce(item, previous);
        record(item, AuditType.CONTENT_PUBLISHED, approver.get(), "revision " + number + " as scheduled");
        return true;
    }

    public void unpublish(ContentItem item, Actor actor) {
        var previous = item.published();
        item.unpublish(clock.instant());
        announce(item, previous);
        record(item, AuditType.CONTENT_UNPUBLISHED, actor, null);
    }

    public void archive(ContentItem item, Actor actor) {
        var previous = item.published();
        item.archive(clock.instant());
        announce(item, previous);
        record(item, AuditType.CONTENT_ARCHIVED, actor, null);
    }

    /** Starts a new draft with the content of revision {@code number}. */
    public void restore(ContentItem item, int number, Actor author) {
        var revision = stored(item.restore(number, author, clock.instant()));
        record(item, AuditType.CONTENT_RESTORED, author, "revision " + number + " as revision " + revision.number());
    }

    /**
     * Writes one item of a content bundle: creates it when {@code existing} is empty, else saves the bundle's content
     * as a new revision; then publishes it (no review: the caller checked the importer may publish) or leaves it as a
     * draft. The import may run on a thread without a request, so it names the importer's address itself.
     */
    public void importItem(Optional<ContentItem> existing, ContentKind kind, Slug slug, String title, JsonNode body,
                           Actor importer, String summary, boolean publish, Optional<String> address) {
        Instant now = clock.instant();
        var item = existing.orElseGet(() -> {
            var created = new ContentItem(kind, slug, title, body, importer, summary, now);
            items.persist(created);
            return created;
        });
        existing.ifPresent(changed -> stored(changed.edit(title, body, importer, summary, now)));
        if (publish) {
            var previous = item.published();
            item.publish(importer, false, now);
            announce(item, previous);
        }
        audit.recordFrom(address, AuditRecord.of(AuditType.CONTENT_IMPORTED).by(importer.id(), importer.name())
                .about(subject(item))
                .detail((existing.isEmpty() ? "created" : "changed") + (publish ? " and published" : " as a draft")));
    }

    /** The one place the announcement is made, when the revision runners see is another than before. */
    private void announce(ContentItem item, Optional<ContentRevision> previous) {
        if (!item.published().equals(previous)) {
            announcements.fire(new PublishedContentChanged(item.kind(), item.slug(),
                    PublishedContentChanged.PublishedRevision.of(item.published()),
                    PublishedContentChanged.PublishedRevision.of(previous)));
        }
    }

    private void record(ContentItem item, AuditType type, Actor actor, String detail) {
        audit.record(AuditRecord.of(type).by(actor.id(), actor.name()).about(subject(item)).detail(detail));
    }

    /** A new revision is inserted at once (its id comes from the database), so an announcement can name it. */
    private ContentRevision stored(ContentRevision revision) {
        items.getEntityManager().persist(revision);
        return revision;
    }

    /** How the audit log names an item: "drill hip-switches". */
    private static String subject(ContentItem item) {
        return item.kind().name().toLowerCase() + " " + item.slug();
    }
}
