package run.limber.domain.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.content.Actor;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.ContentSummary;
import run.limber.domain.content.ContentWriter;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.media.MediaLibrary;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.Slug;
import run.limber.domain.shared.StaleVersionException;
import run.limber.domain.shared.ValidationException;

/**
 * The editorial workflow for every kind of content: drafts, review, publishing (now or at a set
 * time), unpublishing, archiving, history, diff and restore. Every write names the version it was
 * based on and fails rather than overwrite a newer one; {@link ContentWriter} takes and audits each step.
 */
@ApplicationScoped
@RolesAllowed({"EDITOR", "ADMIN"})
public class EditorialService {

    private final ContentRepository items;
    private final ContentWriter writer;
    private final ContentCodec codec;
    private final ContentSettings settings;
    private final AccountService accounts;
    private final MediaLibrary media;

    EditorialService(ContentRepository items, ContentWriter writer, ContentCodec codec, ContentSettings settings,
                     AccountService accounts, MediaLibrary media) {
        this.items = items;
        this.writer = writer;
        this.codec = codec;
        this.settings = settings;
        this.accounts = accounts;
        this.media = media;
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
        var item = writer.create(kind.kind(), new Slug(slug), kind.titleOf(content), codec.write(content), caller(),
                summary);
        return done(kind, item);
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
        writer.save(item, kind.titleOf(content), codec.write(content), caller(), summary);
        return done(kind, item);
    }

    @Transactional
    public <T> WorkingCopy<T> submit(EditorialKind<T> kind, String slug, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        writer.submit(item, caller());
        return done(kind, item);
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
        writer.requestChanges(item, caller(), comment.strip());
        return done(kind, item);
    }

    /**
     * Publishes the open revision now, or schedules it when {@code at} is in the future. With review
     * required, only someone other than its author may do either.
     */
    @Transactional
    public <T> WorkingCopy<T> publish(EditorialKind<T> kind, String slug, OptionalLong expectedVersion,
                                      Optional<Instant> at) {
        var item = lock(kind, slug, expectedVersion);
        writer.publish(item, caller(), settings.requireReview(), at);
        return done(kind, item);
    }

    @Transactional
    public <T> WorkingCopy<T> unpublish(EditorialKind<T> kind, String slug, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        writer.unpublish(item, caller());
        return done(kind, item);
    }

    @Transactional
    public <T> WorkingCopy<T> archive(EditorialKind<T> kind, String slug, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        writer.archive(item, caller());
        return done(kind, item);
    }

    /** Starts a new draft with the content of revision {@code number}. */
    @Transactional
    public <T> WorkingCopy<T> restore(EditorialKind<T> kind, String slug, int number, OptionalLong expectedVersion) {
        var item = lock(kind, slug, expectedVersion);
        writer.restore(item, number, caller());
        return done(kind, item);
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
        return items.find(kind.kind(), slug).orElseThrow(() -> new NoSuchEntryException(kind.noun(), slug));
    }

    /** The item, locked for this transaction, after checking the caller saw its current version. */
    private ContentItem lock(EditorialKind<?> kind, String slug, OptionalLong expectedVersion) {
        var item = items.findForUpdate(kind.kind(), slug).orElseThrow(() -> new NoSuchEntryException(kind.noun(), slug));
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != item.version()) {
            throw new StaleVersionException(kind.noun() + " '" + slug + "'", expectedVersion.getAsLong(), item.version());
        }
        return item;
    }

    /**
     * Whether the signed-in editor may approve a revision written by the account {@code authorId}, so editor pages
     * offer only the steps this service will take; the rule itself is {@link Actor#mayApprove}.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean mayApprove(Long authorId) {
        return caller().mayApprove(authorId, settings.requireReview());
    }

    private Actor caller() {
        var account = accounts.current();
        return new Actor(account.id(), account.email());
    }

    /** Answers with the working copy at its new version. */
    private <T> WorkingCopy<T> done(EditorialKind<T> kind, ContentItem item) {
        items.flush();
        return workingCopy(kind, item);
    }

    private <T> WorkingCopy<T> workingCopy(EditorialKind<T> kind, ContentItem item) {
        ContentRevision revision = item.workingCopy();
        return new WorkingCopy<>(item.slug(), item.status(), item.version(), codec.read(revision.body(), kind.type()),
                RevisionInfo.of(revision), item.published().map(ContentRevision::number).orElse(null),
                item.scheduledAt().orElse(null), item.updatedAt());
    }
}
