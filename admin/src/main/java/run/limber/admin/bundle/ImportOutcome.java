package run.limber.admin.bundle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import run.limber.domain.bundle.ImportAction;
import run.limber.domain.bundle.ImportLine;
import run.limber.domain.bundle.ImportReport;
import run.limber.domain.shared.ValidationException.FieldProblem;

/** What the import panel shows: a dry run's report, a finished import, or what is wrong with the file. */
final class ImportOutcome {

    /** Enough to fix a file by; the rest is counted. */
    private static final int PROBLEMS_SHOWN = 50;

    private ImportOutcome() {
    }

    static Div preview(ImportReport report) {
        var changes = report.items().stream().filter(line -> line.action() != ImportAction.UNCHANGED).toList();
        String what = changes.isEmpty() ? "Everything in this file is already here; importing would change nothing."
                : "Importing would create %d, change %d and leave %d unchanged; %s".formatted(
                        report.count(ImportAction.CREATE), report.count(ImportAction.CHANGE),
                        report.count(ImportAction.UNCHANGED),
                        report.published() ? "what it writes is published at once." : "what it writes waits as drafts"
                                + " for review.");
        var result = outcome("bundle-outcome--preview", what);
        if (!changes.isEmpty()) {
            result.add(lines(changes));
        }
        return result;
    }

    static Div done(ImportReport report) {
        return outcome("bundle-outcome--done", "Imported: " + report.summary()
                + (report.published() ? ", published." : ", as drafts waiting for review."));
    }

    static Div problems(List<FieldProblem> problems) {
        var result = outcome("bundle-outcome--problems", problems.size() == 1 ? "The file has a problem; nothing was"
                + " imported." : "The file has " + problems.size() + " problems; nothing was imported.");
        var list = new UnorderedList();
        problems.stream().limit(PROBLEMS_SHOWN)
                .forEach(problem -> list.add(new ListItem(problem.field() + ": " + problem.message())));
        if (problems.size() > PROBLEMS_SHOWN) {
            list.add(new ListItem("… and " + (problems.size() - PROBLEMS_SHOWN) + " more."));
        }
        result.add(list);
        return result;
    }

    static Div problem(String message) {
        return outcome("bundle-outcome--problems", message);
    }

    private static Div outcome(String variant, String message) {
        var result = new Div(new Paragraph(message));
        result.addClassName(variant);
        result.getElement().setAttribute("role", "status");
        return result;
    }

    private static Grid<ImportLine> lines(List<ImportLine> changes) {
        var grid = new Grid<ImportLine>();
        grid.addColumn(line -> line.action() == ImportAction.CREATE ? "New" : "Changed").setHeader("Import")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(line -> line.kind().name().toLowerCase()).setHeader("Kind").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ImportLine::slug).setHeader("Slug");
        grid.setItems(changes);
        grid.setAllRowsVisible(changes.size() <= 20);
        grid.setAriaLabel("What the import changes");
        grid.addClassName("admin-grid");
        return grid;
    }
}
