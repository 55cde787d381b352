package run.limber.domain.bundle;

import java.util.List;

/**
 * What an import did, or would do: every item of the bundle in bundle order.
 *
 * @param published whether created and changed items are published, rather than left as drafts for review
 */
public record ImportReport(List<ImportLine> items, boolean published) {

    public ImportReport {
        items = List.copyOf(items);
    }

    public long count(ImportAction action) {
        return items.stream().filter(line -> line.action() == action).count();
    }

    /** "3 created, 1 changed, 8 unchanged". */
    public String summary() {
        return count(ImportAction.CREATE) + " created, " + count(ImportAction.CHANGE) + " changed, "
                + count(ImportAction.UNCHANGED) + " unchanged";
    }
}
