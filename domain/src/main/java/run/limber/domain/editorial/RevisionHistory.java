package run.limber.domain.editorial;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.content.ContentItem;
import run.limber.domain.content.ContentRepository;
import run.limber.domain.shared.NoSuchEntryException;

/** An item's revisions for editors: every one in order, any one whole, and what changed between two. */
@ApplicationScoped
@RolesAllowed({"EDITOR", "ADMIN"})
@Transactional(Transactional.TxType.SUPPORTS)
public class RevisionHistory {

    private final ContentRepository items;
    private final ContentCodec codec;

    RevisionHistory(ContentRepository items, ContentCodec codec) {
        this.items = items;
        this.codec = codec;
    }

    /** Every revision, oldest first. */
    public List<RevisionInfo> revisions(EditorialKind<?> kind, String slug) {
        return find(kind, slug).revisions().stream().map(RevisionInfo::of).toList();
    }

    public <T> Revision<T> revision(EditorialKind<T> kind, String slug, int number) {
        var revision = find(kind, slug).revision(number);
        return new Revision<>(RevisionInfo.of(revision), codec.read(revision.body(), kind.type()));
    }

    public RevisionDiff diff(EditorialKind<?> kind, String slug, int from, int to) {
        var item = find(kind, slug);
        return RevisionDiff.between(from, item.revision(from).body(), to, item.revision(to).body());
    }

    private ContentItem find(EditorialKind<?> kind, String slug) {
        return items.find(kind.kind(), slug).orElseThrow(() -> new NoSuchEntryException(kind.noun(), slug));
    }
}
