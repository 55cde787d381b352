package run.limber.domain.bundle;

import java.util.List;
import java.util.Optional;
import run.limber.domain.content.Actor;

/**
 * A checked bundle, ready to import: the dry-run report of what importing would do, and the step that does it.
 * Only {@link ContentTransfer#plan} makes one, after checking who asks, so applying it later — on a background
 * thread that shows progress, say — needs no signed-in caller of its own; the importer's rights are read again when
 * it is applied.
 */
public final class ImportPlan {

    private final ContentTransfer transfer;
    private final List<BundleEntry> entries;
    private final Actor importer;
    private final Optional<String> address;
    private final ImportReport report;

    ImportPlan(ContentTransfer transfer, List<BundleEntry> entries, Actor importer, Optional<String> address,
               ImportReport report) {
        this.transfer = transfer;
        this.entries = List.copyOf(entries);
        this.importer = importer;
        this.address = address;
        this.report = report;
    }

    /** What importing would do, as the content stood when the plan was made. */
    public ImportReport report() {
        return report;
    }

    /**
     * Imports the bundle in one transaction: every item or none. What it does, and whether the importer may still do
     * it, is worked out again inside the transaction, so edits and role changes made since the plan are respected.
     *
     * @throws run.limber.domain.shared.NotPermittedException when the importer was disabled or demoted since
     */
    public ImportReport apply(ImportProgress progress) {
        return transfer.apply(this, progress);
    }

    List<BundleEntry> entries() {
        return entries;
    }

    Actor importer() {
        return importer;
    }

    /** Where the import was asked for, for the audit log, when known. */
    Optional<String> address() {
        return address;
    }

    boolean publish() {
        return report.published();
    }
}
