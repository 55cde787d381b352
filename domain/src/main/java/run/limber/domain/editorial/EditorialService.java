package run.limber.domain.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditType;
import run.limber.domain.audit.ClientAddresses;
import run.limber.domain.content.Actor;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.shared.NotFoundException;
import run.limber.domain.media.MediaLibrary;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.Slug;
import run.limber.domain.shared.StaleVersionException;
import run.limber.domain.shared.ValidationException;

/**
 * The editorial workflow for every kind of content: drafts, review, publishing (now or at a set
 * time), unpublishing, archiving, history, diff and restore. Every write names the version it was
 * based on and fails rather than overwrite a newer one; every step is audited.
 */
@ApplicationScoped
@RolesAllowed({"EDITOR", "ADMIN"})
public class EditorialService {

    private final ContentRepository items;
    private final ContentCodec codec;
    private final ContentSettings settings;
    private final AccountService accounts;
    private final AuditLog audit;
    private final MediaLibrary media;
    private final ClientAddresses addresses;
    private final Event<PublishedContentChanged> publishedChanged;
    private final Clock clock;

    EditorialService(ContentRepository items, ContentCodec codec, ContentSettings settings, AccountService accounts,
                     AuditLog audit, MediaLibrary media, ClientAddresses addresses,
                     Event<PublishedContentChanged> publishedChanged, Clock clock) {
        this.items = items;
        this.codec = codec;
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
        this.media = media;
        this.addresses = addresses;
        this.publishedChanged = publishedChanged;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ContentSummary> list(EditorialKind<?> kind, Optional<ItemStatus> status, PageRequest page) {
        return items.page(kind.kind(), status, page).map(ContentSummary::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public <T> WorkingCopy<T> get(EditorialKind<T> kind, String slug) {
        return workingCopy(kind, find(kind, slug));
    }

    /** Creates an item whose first revision is a draft; the slug must be free within its kind. */
    @Transactional
    public <T> WorkingCopy<T> create(EditorialKind<T> kind, JsonNode draft, String summary) {
        T content = validate(kind, draft);
        String slug = draft.path("slug").asText();
        if (items.find(kind.kind(), slug).isPresent()) {
            throw new ValidationException("slug", "Another " + kind.noun() + " already uses this slug.");
        }
        Actor author = caller();
        var item = new ContentItem(kind.kind(), new Slug(slug), kind.titleOf(content), codec.write(content), author,
                summary, clock.instant());
        items.persist(item);
        return done(kind, item, AuditType.CONTENT_CREATED, author, "revision 1");
    }

    /**
     * Saves the editor's content as the working draft. A missing slug means this item's; the slug of
     * an existing item does not change.
     */
    @Transactional
    public <T> WorkingCopy<T> update(EditorialKind<T> kind, String slug, long expectedVersion, JsonNode draft,
                                     String summary) {
        var json = draft != null && draft.isObject() ? ((ObjectNode) draft).deepCopy() : draft;
        if (json instanceof ObjectNode object && object.path("slug").isMissingNode()) {
            object.put("slug", slug);
        }
        if (json != null && json.path("slug").isTextual() && !json.path("slug").asText().equals(slug)) {
            throw new ValidationException("slug", "The slug cannot change once the " + kind.noun() + " exists.");
        }
        T content = validate(kind, json);
        var item = lock(kind, slug, OptionalLong.of(expectedVersion));
        Actor author = caller();
        var revision = item.edit(kind.titleOf(content), codec.write(content), author, summary, clock.instant());
        return done(kind, item, AuditType.CONTENT_SAVED, author, "revision " + revision.number());
    }

    @Transactional
    public <T> WorkingCopy<T> submit(EditorialKind<T> kind, String slug, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        item.submit(clock.instant());
        return done(kind, item, AuditType.CONTENT_SUBMITTED, caller(), "revision " + item.workingCopy().number());
    }

    /** Sends the revision in review back to its author with a comment saying what to change. */
    @Transactional
    public <T> WorkingCopy<T> requestChanges(EditorialKind<T> kind, String slug, OptionalLong expectedVersion,
                                             String comment) {
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "Say what should change.");
        }
        if (comment.length() > 2_000) {
            throw new ValidationException("comment", "At most 2000 characters.");
        }
        var item = lock(kind, slug, expectedVersion);
        item.requestChanges(comment.strip(), clock.instant());
        return done(kind, item, AuditType.CONTENT_CHANGES_REQUESTED, caller(),
                "revision " + item.workingCopy().number() + ": " + comment.strip());
    }

    /**
     * Publishes the open revision now, or schedules it when {@code at} is in the future. With review
     * required, only someone other than its author may do either.
     */
    @Transactional
    public <T> WorkingCopy<T> publish(EditorialKind<T> kind, String slug, OptionalLong expectedVersion,
                                      Optional<Instant> at) {
        var item = lock(kind, slug, expectedVersion);
        Actor approver = caller();
        Instant now = clock.instant();
        int number = item.workingCopy().number();
        if (at.isPresent() && at.get().isAfter(now)) {
            item.schedule(approver, settings.requireReview(), at.get(), now);
            return done(kind, item, AuditType.CONTENT_SCHEDULED, approver, "revision " + number + " at " + at.get());
        }
        item.publish(approver, settings.requireReview(), now);
        publishedChanged.fire(new PublishedContentChanged(kind.kind(), slug));
        return done(kind, item, AuditType.CONTENT_PUBLISHED, approver, "revision " + number);
    }

    @Transactional
    public <T> WorkingCopy<T> unpublish(EditorialKind<T> kind, String slug, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        item.unpublish(clock.instant());
        publishedChanged.fire(new PublishedContentChanged(kind.kind(), slug));
        return done(kind, item, AuditType.CONTENT_UNPUBLISHED, caller(), null);
    }

    @Transactional
    public <T> WorkingCopy<T> archive(EditorialKind<T> kind, String slug, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        item.archive(clock.instant());
        publishedChanged.fire(new PublishedContentChanged(kind.kind(), slug));
        return done(kind, item, AuditType.CONTENT_ARCHIVED, caller(), null);
    }

    /** Starts a new draft with the content of revision {@code number}. */
    @Transactional
    public <T> WorkingCopy<T> restore(EditorialKind<T> kind, String slug, int number, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        Actor author = caller();
        var revision = item.restore(number, author, clock.instant());
        return done(kind, item, AuditType.CONTENT_RESTORED, author,
                "revision " + number + " as revision " + revision.number());
    }

    private <T> T validate(EditorialKind<T> kind, JsonNode draft) {
        var problems = kind.check(draft, References.lazily(() -> items.publishedSlugs(ContentKind.DRILL),
                id -> media.missing(Set.of(id)).isEmpty()));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return codec.read(draft, kind.type());
    }

    private ContentItem find(EditorialKind<?> kind, String slug) {
        return items.find(kind.kind(), slug).orElseThrow(() -> new NotFoundException(kind.noun(), slug));
    }

    /** The item, locked for this transaction, after checking the caller saw its current version. */
    private ContentItem lock(EditorialKind<?> kind, String slug, OptionalLong expectedVersion) {
        var item = items.findForUpdate(kind.kind(), slug).orElseThrow(() -> new NotFoundException(kind.noun(), slug));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != item.version()) {
            throw new StaleVersionException(kind.noun() + " '" + slug + "'", expectedVersion.getAsLong(), item.version());
        }
        return item;
    }

    private Actor caller() {
        var account = accounts.current();
        return new Actor(account.id(), account.email());
    }

    /** Audits the step and answers with the working copy at its new version. */
    private <T> WorkingCopy<T> done(EditorialKind<T> kind, ContentItem item, AuditType type, Actor actor,
                                    String detail) {
        audit.record(type, actor.id(), actor.name(), auditSubject(item), detail, addresses.current().orElse(null));
        items.flush();
        return workingCopy(kind, item);
    }

    /** How the audit log names an item: "drill hip-switches". */
    static String auditSubject(ContentItem item) {
        return item.kind().name().toLowerCase() + " " + item.slug();
    }

    private <T> WorkingCopy<T> workingCopy(EditorialKind<T> kind, ContentItem item) {
        ContentRevision revision = item.workingCopy();
        return new WorkingCopy<>(item.slug(), item.status(), item.version(), codec.read(revision.body(), kind.type()),
                RevisionInfo.of(revision), item.published().map(ContentRevision::number).orElse(null),
                item.scheduledAt().orElse(null), item.updatedAt());
    }
}
