package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.editorial.ContentSettings;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.RevisionHistory;
import run.limber.domain.editorial.FieldChange;
import run.limber.domain.editorial.RevisionDiff;

/** What every editor page needs from the domain, injected once instead of into each view. */
@ApplicationScoped
public class EditorSupport {

    private final EditorialService editorial;
    private final RevisionHistory history;
    private final ContentSettings settings;
    private final ContentCodec codec;

    EditorSupport(EditorialService editorial, RevisionHistory history, ContentSettings settings, ContentCodec codec) {
        this.editorial = editorial;
        this.history = history;
        this.settings = settings;
        this.codec = codec;
    }

    public EditorialService editorial() {
        return editorial;
    }

    public RevisionHistory history() {
        return history;
    }

    public boolean reviewRequired() {
        return settings.requireReview();
    }

    /** Whether the signed-in editor may approve a revision by the account {@code authorId}: the domain decides. */
    public boolean mayApprove(Long authorId) {
        return editorial.mayApprove(authorId);
    }

    /** What changes if {@code mine} replaces {@code theirs}. */
    List<FieldChange> changes(Object theirs, JsonNode mine) {
        return RevisionDiff.between(0, codec.write(theirs), 0, mine).changes();
    }
}
