package run.limber.domain.content;

/**
 * Where a content item stands as a whole: the state of its open draft when it has one, otherwise
 * whether runners can see it. An item can be published and have an open draft at the same time; it
 * then reads as the draft's state, and {@link ContentItem#published()} says what runners see.
 */
public enum ItemStatus {
    DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED, ARCHIVED;

    /** How messages name the state: "in review". */
    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
