package run.limber.domain.bundle;

/** What an import does to one item of the bundle. */
public enum ImportAction {
    /** No item has this slug yet: it is created. */
    CREATE,
    /** The item exists with other content: the bundle's becomes its new revision. */
    CHANGE,
    /** The item already holds exactly this content. */
    UNCHANGED
}
