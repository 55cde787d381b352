package run.limber.webui.reference;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import run.limber.domain.reference.QuickReference;
import run.limber.domain.reference.ReferenceRow;
import run.limber.webui.base.Described;
import run.limber.webui.base.Links;
import run.limber.webui.base.RunnerLayout;
import run.limber.webui.base.UsableBeforeClient;

/** Every drill with its target area and reps on one screen, and on one sheet of paper when printed. */
@Route(value = "reference", layout = RunnerLayout.class)
@PageTitle("Quick reference · Limber")
@StyleSheet("context://styles/reference.css")
@AnonymousAllowed
public class QuickReferenceView extends Div implements Described, UsableBeforeClient {

    static final String PDF_PATH = "api/v1/reference.pdf";

    public QuickReferenceView(QuickReference reference) {
        addClassNames("page", "quick-reference");
        var intro = new Header(new H1("Quick reference"),
                new Paragraph("Every drill at a glance. Print it, or keep the PDF on your phone."));
        intro.addClassName("intro");
        add(intro, table(reference), actions(),
                new Paragraph("Move within a comfortable range. Stop a drill that causes sharp pain."));
    }

    private static NativeTable table(QuickReference reference) {
        var head = new NativeTableRow(new NativeTableHeaderCell("Drill"), new NativeTableHeaderCell("Target area"),
                new NativeTableHeaderCell("Reps"));
        var table = new NativeTable();
        table.getHead().addRows(head);
        NativeTableBody body = table.addBody();
        for (ReferenceRow row : reference.rows()) {
            body.addRows(new NativeTableRow(new NativeTableCell(Links.to("drills/" + row.slug(), row.name())),
                    new NativeTableCell(row.targetArea()), new NativeTableCell(row.reps())));
        }
        table.addClassName("reference-table");
        return table;
    }

    private static Div actions() {
        var pdf = new Anchor(PDF_PATH, "Download the PDF");
        pdf.setTarget(AnchorTarget.BLANK);
        pdf.addClassName("button-link");
        // Printing is the browser's alone, so the button works before the client has started.
        var print = new NativeButton("Print");
        print.getElement().setAttribute("type", "button").setAttribute("onclick", "print()");
        print.addClassNames("button-link", "button-link--secondary");
        var actions = new Div(pdf, print);
        actions.addClassName("reference-actions");
        return actions;
    }

    @Override
    public String description() {
        return "Every Limber drill on one page: the dose, the key steps and what to feel, to keep at hand during a session.";
    }
}
