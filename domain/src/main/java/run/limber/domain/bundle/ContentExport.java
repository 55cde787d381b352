package run.limber.domain.bundle;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.content.ContentRevision;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.editorial.EditorialKind;

/** Writes all content as one bundle, the file {@link ContentTransfer} imports. */
@ApplicationScoped
public class ContentExport {

    private final ContentRepository items;
    private final ContentCodec codec;

    ContentExport(ContentRepository items, ContentCodec codec) {
        this.items = items;
        this.codec = codec;
    }

    /**
     * Every item's content by kind and slug: the published revisions only, or each item's working copy
     * (archived items left out, so importing the bundle never brings them back).
     */
    @RolesAllowed({"EDITOR", "ADMIN"})
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContentBundle export(boolean publishedOnly) {
        var revisions = publishedOnly
                ? BundleReader.KINDS.stream().flatMap(kind -> items.published(kind.kind()).stream()).toList()
                : items.allWithWorkingCopies().stream().filter(item -> item.status() != ItemStatus.ARCHIVED)
                        .map(ContentItem::workingCopy).toList();
        var bySlug = revisions.stream().sorted(Comparator.comparing(revision -> revision.item().slug())).toList();
        return new ContentBundle(ContentBundle.FORMAT, ContentBundle.FORMAT_VERSION,
                contents(bySlug, EditorialKind.DRILLS), contents(bySlug, EditorialKind.ROUTINES),
                contents(bySlug, EditorialKind.NOTES));
    }

    private <T> List<T> contents(List<ContentRevision> revisions, EditorialKind<T> kind) {
        return revisions.stream().filter(revision -> revision.item().kind() == kind.kind())
                .map(revision -> codec.read(revision.body(), kind.type())).toList();
    }
}
