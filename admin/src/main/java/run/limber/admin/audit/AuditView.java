package run.limber.admin.audit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.base.Labels;
import run.limber.domain.audit.AuditEntry;
import run.limber.domain.audit.AuditLog;
import run.limber.domain.audit.AuditType;
import run.limber.domain.shared.PageRequest;

/** The audit log, newest first, paged from the database and filtered by the kind of event; content items link to their editor. */
@Route(value = "admin/audit", layout = AdminLayout.class)
@PageTitle("Audit log · Limber admin")
@RolesAllowed("ADMIN")
public class AuditView extends Div {

    private static final Pattern CONTENT_SUBJECT = Pattern.compile("(drill|routine|note) ([a-z0-9-]+)");

    private final Select<AuditType> type = new Select<>();
    private final Grid<AuditEntry> grid = new Grid<>();

    public AuditView(AuditLog log) {
        addClassName("admin-page");
        type.setLabel("Event");
        type.setItems(AuditType.values());
        type.setItemLabelGenerator(value -> value == null ? "All events" : Labels.words(value));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("All events");
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        type.addClassName("admin-filter");
        grid.addClassName("admin-grid");

        grid.addColumn(entry -> Labels.utc(entry.at(), "")).setHeader("When (UTC)").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> Labels.words(entry.type())).setHeader("Event").setAutoWidth(true);
        grid.addColumn(entry -> Objects.requireNonNullElse(entry.actor(), "—")).setHeader("Who").setAutoWidth(true);
        grid.addComponentColumn(AuditView::subject).setHeader("Subject").setAutoWidth(true);
        grid.addColumn(entry -> Objects.requireNonNullElse(entry.detail(), "")).setHeader("Detail").setFlexGrow(1);
        grid.addColumn(entry -> Objects.requireNonNullElse(entry.address(), "")).setHeader("From").setAutoWidth(true);
        grid.setItems(query -> log.list(filter(), new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) log.list(filter(), PageRequest.first(1)).total());
        grid.setPageSize(PageRequest.MAX_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Audit log");
        add(new H1("Audit log"), type, grid);
    }

    /** A content item's subject ("drill hip-switches") links to its editor; other subjects are plain text. */
    static Component subject(AuditEntry entry) {
        String subject = Objects.requireNonNullElse(entry.subject(), "—");
        Matcher content = CONTENT_SUBJECT.matcher(subject);
        return content.matches() ? new Anchor("admin/" + content.group(1) + "s/" + content.group(2), subject)
                : new Span(subject);
    }

    private Optional<AuditType> filter() {
        return Optional.ofNullable(type.getValue());
    }
}
