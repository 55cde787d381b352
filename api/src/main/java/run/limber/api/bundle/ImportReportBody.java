package run.limber.api.bundle;

import java.util.List;
import run.limber.domain.bundle.ImportAction;
import run.limber.domain.bundle.ImportLine;
import run.limber.domain.bundle.ImportReport;

/**
 * What an import did or, on a dry run, would do.
 *
 * @param published whether created and changed items are published (else they wait as drafts for review)
 */
record ImportReportBody(boolean dryRun, boolean published, long created, long changed, long unchanged,
                        List<ImportLine> items) {

    static ImportReportBody of(ImportReport report, boolean dryRun) {
        return new ImportReportBody(dryRun, report.published(), report.count(ImportAction.CREATE),
                report.count(ImportAction.CHANGE), report.count(ImportAction.UNCHANGED), report.items());
    }
}
