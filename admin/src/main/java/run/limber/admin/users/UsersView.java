package run.limber.admin.users;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import run.limber.admin.base.AdminLayout;
import run.limber.admin.base.Labels;
import run.limber.domain.accounts.AccountAdministration;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.Role;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.ValidationException;

/** Every account, searchable by email or name, paged from the database; roles and status per account. */
@Route(value = "admin/users", layout = AdminLayout.class)
@PageTitle("Users · Limber admin")
@RolesAllowed("ADMIN")
public class UsersView extends Div {

    private final AccountAdministration administration;
    private final TextField search = new TextField("Search by email or name");
    private final Grid<AccountSummary> grid = new Grid<>();
    private final UserEditor editor = new UserEditor();

    public UsersView(AccountAdministration administration) {
        this.administration = administration;
        addClassName("admin-page");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        search.addClassName("admin-search");
        grid.addClassName("admin-grid");

        configureGrid();
        editor.addRolesListener(event ->
                update(() -> administration.setRoles(editor.account().id(), event.roles())));
        editor.addDisabledListener(event ->
                update(() -> administration.setDisabled(editor.account().id(), event.disabled())));
        add(new H1("Users"), search, grid, editor);
    }

    private void configureGrid() {
        grid.addColumn(AccountSummary::email).setHeader("Email").setFlexGrow(1).setWidth("14rem");
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(account -> roles(account.roles())).setHeader("Roles").setAutoWidth(true);
        grid.addColumn(account -> Labels.utc(account.createdAt(), "")).setHeader("Created (UTC)").setAutoWidth(true);
        grid.addColumn(account -> Labels.utc(account.lastLoginAt(), "Never")).setHeader("Last sign-in (UTC)")
                .setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(UsersView::status)).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(account -> {
            var manage = new Button("Manage", click -> open(account));
            manage.addThemeVariants(ButtonVariant.LUMO_SMALL);
            manage.setAriaLabel("Manage " + account.email());
            return manage;
        }).setHeader("").setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.setItems(query -> administration
                .search(search.getValue(), new PageRequest(query.getPage(), query.getPageSize())).items().stream(),
                query -> (int) administration.search(search.getValue(), PageRequest.first(1)).total());
        grid.setPageSize(PageRequest.MAX_SIZE);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Accounts");
    }

    private void open(AccountSummary account) {
        editor.show(account);
        editor.open();
    }

    private void update(Supplier<AccountSummary> change) {
        try {
            editor.show(change.get());
            grid.getDataProvider().refreshAll();
        } catch (ValidationException refused) {
            editor.showError(refused.problems().getFirst().message());
        }
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Labels::words).collect(Collectors.joining(", "));
    }

    private static Span status(AccountSummary account) {
        var status = new Span(account.disabled() ? "Disabled" : "Active");
        status.addClassNames("admin-status", account.disabled() ? "admin-status--disabled" : "admin-status--published");
        return status;
    }
}
