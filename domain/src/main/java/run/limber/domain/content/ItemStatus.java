package run.limber.domain.content;

/**
 * Where a content item stands as a whole: the state of its open draft when it has one, otherwise
 * whether runners can see it. An item can be published and have an open draft at the same time; it
 * then reads as the draft's state, and {@link ContentItem#published()} says what runners see.
 */
public enum ItemStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED;

    /**
     * An item with an open revision reads as that revision's state; without, an archived item stays archived, and
     * any other is published or not.
     */
    static ItemStatus of(ContentRevision working, boolean published, ItemStatus current) {
        if (working == null) {
            return current == ARCHIVED ? ARCHIVED : published ? PUBLISHED : UNPUBLISHED;
        }
        return switch (working.status()) {
            case DRAFT -> DRAFT;
            case IN_REVIEW -> IN_REVIEW;
            case SCHEDULED -> SCHEDULED;
            case PUBLISHED, SUPERSEDED -> throw new IllegalStateException("revision " + working.number() + " is not open");
        };
    }

    /** How messages name the state: "in review". */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
