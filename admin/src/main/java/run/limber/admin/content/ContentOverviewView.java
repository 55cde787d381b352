package run.limber.admin.content;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import run.limber.admin.base.AdminLayout;
import run.limber.domain.content.ContentOverview;
import run.limber.domain.content.ContentRow;

/**
 * Every content item with its latest revision and what runners see. Open to anyone until accounts
 * arrive; the accounts work restricts it to editors.
 */
@Route(value = "admin", layout = AdminLayout.class)
@PageTitle("Content · Limber admin")
@AnonymousAllowed
public class ContentOverviewView extends Div {

    static final String READ_ONLY_NOTICE =
            "Read-only for now: editing, review and publishing arrive with the editorial workflow.";
    private static final DateTimeFormatter UPDATED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    public ContentOverviewView(ContentOverview overview) {
        addClassName("admin-page");
        var notice = new Paragraph(READ_ONLY_NOTICE);
        notice.addClassName("admin-notice");
        notice.getElement().setAttribute("role", "note");
        add(new H1("Content"), notice, grid(overview));
    }

    private static Grid<ContentRow> grid(ContentOverview overview) {
        var grid = new Grid<ContentRow>();
        grid.addColumn(row -> words(row.kind().name())).setHeader("Kind")
                .setComparator(ContentRow::kind).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ContentRow::title).setHeader("Title")
                .setComparator(ContentRow::title).setFlexGrow(1).setWidth("14rem");
        grid.addColumn(ContentRow::slug).setHeader("Slug").setAutoWidth(true);
        grid.addColumn(ContentRow::latestRevision).setHeader("Latest revision")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ContentOverviewView::status)).setHeader("Status")
                .setComparator(ContentRow::latestStatus).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.publishedRevision() == null ? "Not published" : row.publishedRevision().toString())
                .setHeader("Published revision").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> UPDATED.format(row.updatedAt())).setHeader("Updated (UTC)")
                .setComparator(Comparator.comparing(ContentRow::updatedAt)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(overview.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("All content");
        return grid;
    }

    private static Span status(ContentRow row) {
        var status = new Span(words(row.latestStatus().name()));
        status.addClassNames("admin-status", "admin-status--" + row.latestStatus().name().toLowerCase(Locale.ROOT));
        return status;
    }

    /** IN_REVIEW → "In review". */
    private static String words(String constant) {
        String lower = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
