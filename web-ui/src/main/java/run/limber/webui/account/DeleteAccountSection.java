package run.limber.webui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;

/** Deleting the account, confirmed with the password in a dialog; fires {@link DeleteEvent}. */
class DeleteAccountSection extends Div {

    private final PasswordField password = new PasswordField("Your password");
    private final ConfirmDialog confirm = new ConfirmDialog();

    DeleteAccountSection() {
        addClassName("delete-account");
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setManualValidation(true);
        password.setWidthFull();
        password.addValueChangeListener(change -> password.setInvalid(false));

        confirm.setHeader("Delete your account?");
        confirm.add(new Paragraph("Your account, your sessions and everything else personal in Limber are removed. "
                + "This can't be undone."), password);
        confirm.setCancelable(true);
        confirm.setCancelText("Keep my account");
        confirm.setConfirmText("Delete my account");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> fireEvent(new DeleteEvent(this)));
        confirm.addCancelListener(cancelled -> password.clear());

        var open = new Button("Delete my account…", click -> confirm.open());
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(new Paragraph("Removes your account and your personal data from Limber for good. "
                + "Download your data first if you want to keep it."), open, confirm);
    }

    /** The password was wrong: the dialog comes back with the message beside it. */
    void showProblem(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
        confirm.open();
        password.focus();
    }

    Registration addDeleteListener(ComponentEventListener<DeleteEvent> listener) {
        return addListener(DeleteEvent.class, listener);
    }

    /** Someone confirmed deleting their account. */
    static final class DeleteEvent extends ComponentEvent<DeleteAccountSection> {

        DeleteEvent(DeleteAccountSection source) {
            super(source, false);
        }

        String password() {
            return getSource().password.getValue();
        }
    }
}
