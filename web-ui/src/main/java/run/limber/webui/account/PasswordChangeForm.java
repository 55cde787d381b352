package run.limber.webui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.FieldProblems;

/** The current password and a new one; fires {@link ChangeEvent}. */
class PasswordChangeForm extends Div {

    private final FieldProblems problems = new FieldProblems();
    private final PasswordField current = problems.add("currentPassword", new PasswordField("Current password"));
    private final PasswordField next = problems.add("newPassword", new PasswordField("New password"));
    private final Paragraph status = new Paragraph();
    private final FormAlert refused = new FormAlert();

    PasswordChangeForm() {
        addClassName("form");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(Autocomplete.NEW_PASSWORD);
        next.setHelperText(PasswordRules.HINT);
        status.addClassName("form__status");
        status.getElement().setAttribute("role", "status");

        var change = new Button("Change password", click -> fireEvent(new ChangeEvent(this)));
        change.addClickShortcut(Key.ENTER).listenOn(this);
        add(current, next, refused, change, status);
    }

    void changed() {
        current.clear();
        next.clear();
        problems.clear();
        refused.show(null);
        status.setText("Your password is changed. You stay signed in here; other devices are signed out.");
    }

    void show(ValidationException invalid) {
        status.setText("");
        refused.show(null);
        problems.show(invalid);
    }

    /** Not checked: too many wrong passwords, or Limber busy. */
    void showRefused(String message) {
        status.setText("");
        refused.show(message);
    }

    Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** Someone asked to change their password. */
    static final class ChangeEvent extends ComponentEvent<PasswordChangeForm> {

        ChangeEvent(PasswordChangeForm form) {
            super(form, false);
        }

        String currentPassword() {
            return getSource().current.getValue();
        }

        String newPassword() {
            return getSource().next.getValue();
        }
    }
}
