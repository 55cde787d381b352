package run.limber.domain.content;

import java.util.Set;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.NoSuchEntryException;

/** What each workflow step of a {@link ContentItem} requires of its state, and how a refusal reads. */
final class StepRules {

    private StepRules() {
    }

    /** The step needs an open revision in one of the {@code allowed} states. */
    static void requireOpen(ContentItem item, ContentRevision working, Set<RevisionStatus> allowed, String step) {
        if (working == null || !allowed.contains(working.status())) {
            throw refused(item, step, "it is " + item.status().label());
        }
    }

    /** Publishing or scheduling needs a revision ready for it, and an approver the review rule accepts. */
    static void requireApproval(ContentItem item, ContentRevision working, Actor approver, boolean reviewRequired,
                                String step) {
        requireOpen(item, working, reviewRequired ? RevisionStatus.APPROVABLE : RevisionStatus.OPEN, step);
        if (!approver.mayApprove(working.authorId(), reviewRequired)) {
            throw new NotPermittedException("You wrote revision " + working.number() + " of " + describe(item)
                    + "; another editor or an admin must approve it.");
        }
    }

    static void refuseWhenArchived(ContentItem item, String step) {
        if (item.status() == ItemStatus.ARCHIVED) {
            throw refused(item, step, "it is archived; restore a revision first");
        }
    }

    static ConflictException refused(ContentItem item, String step, String reason) {
        return new ConflictException("Cannot " + step + " " + describe(item) + ": " + reason + ".");
    }

    static NoSuchEntryException noRevision(ContentItem item, int number) {
        return new NoSuchEntryException("revision of " + describe(item), Integer.toString(number));
    }

    private static String describe(ContentItem item) {
        return item.kind().name().toLowerCase() + " '" + item.slug() + "'";
    }
}
