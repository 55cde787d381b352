package run.limber.admin.editorial;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import java.util.Optional;
import run.limber.admin.base.Labels;
import run.limber.domain.content.ItemStatus;
import run.limber.domain.content.ContentSummary;
import run.limber.domain.editorial.EditorialKind;
import run.limber.domain.shared.PageRequest;

/**
 * One kind's items by title, paged from the database and filtered by status, each linking to its
 * editor, with a button for a new one. The list views of drills, notes and routines are this.
 */
public class ContentList extends Div {

    private final Select<ItemStatus> status = new Select<>();
    private final Grid<ContentSummary> grid = new Grid<>();

    /** @param listPath the kind's list route, e.g. {@code admin/drills}; items are at {@code listPath/slug} */
    public ContentList(EditorSupport support, EditorialKind<?> kind, String heading, String listPath, String noun) {
        addClassName("admin-page");
        status.setLabel("Status");
        status.setItems(ItemStatus.values());
        status.setItemLabelGenerator(value -> value == null ? "Any status" : Labels.words(value));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var create = new Button("New " + noun, click -> UI.getCurrent().navigate(listPath + "/new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var tools = new Div(status, create);
        tools.addClassName("admin-list__tools");

        grid.addComponentColumn(item -> new Anchor(listPath + "/" + item.slug(), item.title())).setHeader("Title")
                .setFlexGrow(1).setWidth("14rem");
        grid.addColumn(ContentSummary::slug).setHeader("Slug").setAutoWidth(true);
        grid.addComponentColumn(ContentList::badge).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ContentSummary::revision).setHeader("Revision").setTextAlign(ColumnTextAlign.END)
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> item.publishedRevision() == null ? "Not published" : item.publishedRevision().toString())
                .setHeader("Published revision").setTextAlign(ColumnTextAlign.END).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(item -> Labels.utc(item.updatedAt(), "")).setHeader("Updated (UTC)").setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> support.editorial().list(kind, filter(),
                        new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) support.editorial().list(kind, filter(), PageRequest.first(1)).total());
        grid.setPageSize(PageRequest.DEFAULT_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(heading + ", by title");
        add(new H1(heading), tools, grid);
    }

    private Optional<ItemStatus> filter() {
        return Optional.ofNullable(status.getValue());
    }

    private static Span badge(ContentSummary item) {
        var badge = new Span(Labels.words(item.status()));
        badge.addClassNames("admin-status", "admin-status--" + item.status().name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
