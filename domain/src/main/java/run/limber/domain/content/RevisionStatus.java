package run.limber.domain.content;

/** Where a revision stands in the editorial workflow. A published revision never changes again. */
public enum RevisionStatus {
    DRAFT, IN_REVIEW, PUBLISHED
}
