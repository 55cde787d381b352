package run.limber.domain.content;

/** The kinds of content editors maintain; each is stored as an item with revisions. */
public enum ContentKind {
    DRILL, ROUTINE, NOTE
}
