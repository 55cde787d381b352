package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.content.ContentCodec;
import run.limber.domain.editorial.ContentSettings;
import run.limber.domain.editorial.EditorialService;
import run.limber.domain.editorial.RevisionHistory;
import run.limber.domain.editorial.FieldChange;
import run.limber.domain.editorial.RevisionDiff;
import run.limber.domain.editorial.RevisionInfo;

/** What every editor page needs from the domain, injected once instead of into each view. */
@ApplicationScoped
public class EditorSupport {

    private final EditorialService editorial;
    private final RevisionHistory history;
    private final ContentSettings settings;
    private final AccountService accounts;
    private final ContentCodec codec;

    EditorSupport(EditorialService editorial, RevisionHistory history, ContentSettings settings,
                  AccountService accounts, ContentCodec codec) {
        this.editorial = editorial;
        this.history = history;
        this.settings = settings;
        this.accounts = accounts;
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

    /** Whether the signed-in editor wrote this revision; revisions name their author by email. */
    public boolean isMine(RevisionInfo revision) {
        return isMine(revision.author());
    }

    /** Whether {@code author}, a revision's author, is the signed-in editor. */
    public boolean isMine(String author) {
        return author.equalsIgnoreCase(accounts.current().email());
    }

    /** What changes if {@code mine} replaces {@code theirs}. */
    List<FieldChange> changes(Object theirs, JsonNode mine) {
        return RevisionDiff.between(0, codec.write(theirs), 0, mine).changes();
    }
}
