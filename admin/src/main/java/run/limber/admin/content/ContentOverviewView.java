package run.limber.admin.content;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.Locale;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.base.Labels;
import run.limber.domain.content.ContentKind;
import run.limber.domain.content.ContentOverview;
import run.limber.domain.content.ContentSummary;

/** Every content item with the revision editors work on and what runners see, each linking to its editor. */
@Route(value = "admin", layout = AdminLayout.class)
@PageTitle("Content · Limber admin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ContentOverviewView extends Div {

    static final String NOTICE = "Every item at a glance. Open one by its title to edit it; what waits for your "
            + "review is under Waiting for you.";

    public ContentOverviewView(ContentOverview overview) {
        addClassName("admin-page");
        var notice = new Paragraph(NOTICE);
        notice.addClassName("admin-notice");
        notice.getElement().setAttribute("role", "note");
        add(new H1("Content"), notice, grid(overview));
    }

    private static Grid<ContentSummary> grid(ContentOverview overview) {
        var grid = new Grid<ContentSummary>();
        grid.addColumn(row -> Labels.words(row.kind())).setHeader("Kind")
                .setComparator(ContentSummary::kind).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> new Anchor(editorPath(row.kind(), row.slug()), row.title())).setHeader("Title")
                .setComparator(ContentSummary::title).setFlexGrow(1).setWidth("14rem");
        grid.addColumn(ContentSummary::slug).setHeader("Slug").setAutoWidth(true);
        grid.addColumn(ContentSummary::revision).setHeader("Working revision")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(ContentOverviewView::status)).setHeader("Status")
                .setComparator(ContentSummary::status).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.publishedRevision() == null ? "Not published" : row.publishedRevision().toString())
                .setHeader("Published revision").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> Labels.utc(row.updatedAt(), "")).setHeader("Updated (UTC)")
                .setComparator(Comparator.comparing(ContentSummary::updatedAt)).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(overview.rows());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("All content");
        return grid;
    }

    /** admin/drills/hip-switches: each kind's editor lives under its plural. */
    public static String editorPath(ContentKind kind, String slug) {
        return "admin/" + kind.name().toLowerCase(Locale.ROOT) + "s/" + slug;
    }

    private static Span status(ContentSummary row) {
        var status = new Span(Labels.words(row.status()));
        status.addClassNames("admin-status", "admin-status--" + row.status().name().toLowerCase(Locale.ROOT));
        return status;
    }
}
