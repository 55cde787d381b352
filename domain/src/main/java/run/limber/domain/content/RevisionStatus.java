package run.limber.domain.content;

import java.util.Set;

/** Where a revision stands in the editorial workflow. A published revision never changes again. */
public enum RevisionStatus {
    DRAFT,
    IN_REVIEW,
    /** Approved, and published by the scheduler at the item's scheduled time. */
    SCHEDULED,
    PUBLISHED,
    /** Replaced by a later draft (another editor's, or a restore) before it was published; kept for history. */
    SUPERSEDED;

    /** The states of the one revision editors work on. */
    static final Set<RevisionStatus> OPEN = Set.of(DRAFT, IN_REVIEW, SCHEDULED);
    /** The states in which a reviewer may approve (or send back) a revision. */
    static final Set<RevisionStatus> APPROVABLE = Set.of(IN_REVIEW, SCHEDULED);
}
