package run.limber.domain.content;

/** Where a revision stands in the editorial workflow. A published revision never changes again. */
public enum RevisionStatus {
    DRAFT,
    IN_REVIEW,
    /** Approved, and published by the scheduler at the item's scheduled time. */
    SCHEDULED,
    PUBLISHED,
    /** Replaced by a later draft (another editor's, or a restore) before it was published; kept for history. */
    SUPERSEDED
}
