package run.limber.admin.users;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.shared.Registration;
import java.util.EnumSet;
import java.util.Set;
import run.limber.admin.base.Labels;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.Role;

/**
 * One account's roles and status in a dialog. Fires {@link RolesEvent} and {@link DisabledEvent};
 * the view calls the service and answers with {@link #show} or {@link #showError}.
 */
class UserEditor extends Dialog {

    private final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
    private final Paragraph error = new Paragraph();
    private final Paragraph status = new Paragraph();
    private final Button toggle = new Button();
    private final ConfirmDialog confirm = new ConfirmDialog();
    private AccountSummary account;

    UserEditor() {
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(role -> Labels.words(role) + " — " + RoleText.of(role));
        // Every account is a runner; the service keeps RUNNER whatever is sent.
        roles.setItemEnabledProvider(role -> role != Role.RUNNER);
        error.addClassName("admin-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        var saveRoles = new Button("Save roles", click -> fireEvent(new RolesEvent(this, roles.getValue())));
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        toggle.addClickListener(click -> confirmToggle());
        confirm.setCancelable(true);
        confirm.addConfirmListener(confirmed -> fireEvent(new DisabledEvent(this, !account.disabled())));

        var statusHeading = new H3("Status");
        var statusSection = new Div(statusHeading, status, toggle);
        statusSection.addClassName("admin-editor__section");
        var rolesSection = new Div(roles, saveRoles);
        rolesSection.addClassName("admin-editor__section");
        add(error, rolesSection, statusSection, confirm);
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(32rem, 100vw)");
    }

    void show(AccountSummary shown) {
        account = shown;
        setHeaderTitle(shown.displayName() + " · " + shown.email());
        roles.setValue(shown.roles());
        status.setText(shown.disabled() ? "Disabled: cannot sign in." : "Active.");
        toggle.setText(shown.disabled() ? "Enable account" : "Disable account…");
        toggle.removeThemeVariants(ButtonVariant.LUMO_ERROR);
        if (!shown.disabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        showError(null);
    }

    /** A message the admin must see, such as "You cannot disable your own account."; {@code null} hides it. */
    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }

    private void confirmToggle() {
        if (account.disabled()) {
            fireEvent(new DisabledEvent(this, false));
            return;
        }
        confirm.setHeader("Disable " + account.email() + "?");
        confirm.setText("They are signed out everywhere at once and cannot sign in until an admin enables the "
                + "account again. Their data stays.");
        confirm.setConfirmText("Disable account");
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    AccountSummary account() {
        return account;
    }

    Registration addRolesListener(ComponentEventListener<RolesEvent> listener) {
        return addListener(RolesEvent.class, listener);
    }

    Registration addDisabledListener(ComponentEventListener<DisabledEvent> listener) {
        return addListener(DisabledEvent.class, listener);
    }

    /** The admin saved a set of roles for the account. */
    static final class RolesEvent extends ComponentEvent<UserEditor> {

        private final Set<Role> roles;

        RolesEvent(UserEditor source, Set<Role> roles) {
            super(source, false);
            this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        }

        Set<Role> roles() {
            return roles;
        }
    }

    /** The admin confirmed disabling, or asked to enable, the account. */
    static final class DisabledEvent extends ComponentEvent<UserEditor> {

        private final boolean disabled;

        DisabledEvent(UserEditor source, boolean disabled) {
            super(source, false);
            this.disabled = disabled;
        }

        boolean disabled() {
            return disabled;
        }
    }
}
