package run.limber.domain.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.Role;
import run.limber.domain.audit.ClientAddresses;
import run.limber.domain.content.Actor;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.ContentWriter;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.ContentSettings;
import run.limber.domain.media.MediaLibrary;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.Slug;
import run.limber.domain.shared.ValidationException;

/**
 * Content as files: imports a bundle (as {@link ContentExport} writes it) after checking all of it. New items are
 * created, items whose content differs get the bundle's as a new revision, and equal ones are left alone — as
 * drafts for review, or published when the caller may publish without review. The seed content comes in the same
 * way, creating only what is missing.
 */
@ApplicationScoped
public class ContentTransfer {

    static final String IMPORT_SUMMARY = "Imported from a content bundle";
    /** Serialises imports, including the seed import of app instances that start together. */
    private static final long IMPORT_LOCK = 0x11_6d_62_65_72L;
    private static final int FLUSH_EVERY = 100;

    private final ContentRepository items;
    private final ContentWriter writer;
    private final ContentCodec codec;
    private final ContentSettings settings;
    private final AccountService accounts;
    private final MediaLibrary media;
    private final ClientAddresses addresses;

    ContentTransfer(ContentRepository items, ContentWriter writer, ContentCodec codec, ContentSettings settings,
                    AccountService accounts, MediaLibrary media, ClientAddresses addresses) {
        this.items = items;
        this.writer = writer;
        this.codec = codec;
        this.settings = settings;
        this.accounts = accounts;
        this.media = media;
        this.addresses = addresses;
    }

    /**
     * Checks a bundle and works out what importing it would do, without writing anything. Publishing on import
     * is for those who may publish without review: everyone when review is off, else admins.
     */
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Transactional(Transactional.TxType.SUPPORTS)
    public ImportPlan plan(JsonNode bundle, boolean publish) {
        var caller = accounts.current();
        requireRights(caller.roles(), publish);
        var entries = read(bundle);
        return new ImportPlan(this, entries, new Actor(caller.id(), caller.email()),
                addresses.current(), report(entries, publish, false, existing(entries)));
    }

    /**
     * Applies a plan with the importer's rights as they are now: it may run long after {@link #plan}, on a thread with
     * no caller, and the importer may have been demoted or disabled in between.
     */
    ImportReport apply(ImportPlan plan, ImportProgress progress) {
        return QuarkusTransaction.requiringNew().call(() -> {
            requireRights(accounts.activeRoles(plan.importer().id()).orElseThrow(() -> new NotPermittedException(
                    "The account that prepared this import is disabled.")), plan.publish());
            return write(plan.entries(), plan.importer(), plan.address(), plan.publish(), false, progress);
        });
    }

    /** Editors and admins import; publishing on import is for those who may publish without review. */
    private void requireRights(Set<Role> roles, boolean publish) {
        if (!roles.contains(Role.EDITOR) && !roles.contains(Role.ADMIN)) {
            throw new NotPermittedException("Only editors and admins import content.");
        }
        if (publish && settings.requireReview() && !roles.contains(Role.ADMIN)) {
            throw new NotPermittedException("Content needs review before it is published; import it as drafts, or ask"
                    + " an admin to import and publish it.");
        }
    }

    /** Loads the shipped content: creates and publishes what is missing, and never touches what exists. */
    @Transactional
    ImportReport seed(JsonNode bundle, Actor team) {
        return write(read(bundle), team, Optional.empty(), true, true, ImportProgress.NONE);
    }

    private List<BundleEntry> read(JsonNode bundle) {
        return BundleReader.read(bundle, codec, items.publishedSlugs(ContentKind.DRILL), id -> media.missing(Set.of(id)).isEmpty());
    }

    private ImportReport write(List<BundleEntry> entries, Actor importer, Optional<String> address, boolean publish,
                               boolean onlyMissing, ImportProgress progress) {
        items.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(?1)")
                .setParameter(1, IMPORT_LOCK).getSingleResult();
        var existing = existing(entries);
        var report = report(entries, publish, onlyMissing, existing);
        for (int i = 0; i < entries.size(); i++) {
            var action = report.items().get(i).action();
            if (action != ImportAction.UNCHANGED) {
                var entry = entries.get(i);
                var item = Optional.ofNullable(existing.get(key(entry.kind().kind(), entry.slug())));
                writer.importItem(item, entry.kind().kind(), new Slug(entry.slug()), entry.title(),
                        codec.write(entry.content()), importer, IMPORT_SUMMARY, publish, address);
            }
            progress.itemsDone(i + 1, entries.size());
            if ((i + 1) % FLUSH_EVERY == 0) {
                items.flush();
            }
        }
        items.flush();
        return report;
    }

    private ImportReport report(List<BundleEntry> entries, boolean publish, boolean onlyMissing,
                                Map<String, ContentItem> existing) {
        var lines = new ArrayList<ImportLine>();
        var archived = new ArrayList<ValidationException.FieldProblem>();
        for (BundleEntry entry : entries) {
            var item = existing.get(key(entry.kind().kind(), entry.slug()));
            if (item != null && item.status() == ItemStatus.ARCHIVED && !onlyMissing) {
                archived.add(new ValidationException.FieldProblem(entry.path() + ".slug", "The " + entry.kind().noun()
                        + " '" + entry.slug() + "' is archived; restore a revision of it before importing over it."));
            }
            lines.add(new ImportLine(entry.kind().kind(), entry.slug(), action(entry, item, publish, onlyMissing)));
        }
        if (!archived.isEmpty()) {
            throw new ValidationException(archived);
        }
        return new ImportReport(lines, publish);
    }

    /** Compared with what the import would replace: the published revision when publishing, else the working copy. */
    private ImportAction action(BundleEntry entry, ContentItem item, boolean publish, boolean onlyMissing) {
        if (item == null) {
            return ImportAction.CREATE;
        }
        if (onlyMissing) {
            return ImportAction.UNCHANGED;
        }
        Optional<ContentRevision> current = publish ? item.published() : Optional.of(item.workingCopy());
        boolean same = current.map(revision -> codec.read(revision.body(), entry.kind().type()))
                .filter(entry.content()::equals).isPresent();
        return same ? ImportAction.UNCHANGED : ImportAction.CHANGE;
    }

    /** The stored items the bundle names, by kind and slug, in one query. */
    private Map<String, ContentItem> existing(List<BundleEntry> entries) {
        var slugs = entries.stream().map(BundleEntry::slug).collect(Collectors.toSet());
        return items.withWorkingCopies(slugs).stream()
                .collect(Collectors.toMap(item -> key(item.kind(), item.slug()), Function.identity()));
    }

    private static String key(ContentKind kind, String slug) {
        return kind + " " + slug;
    }

}
