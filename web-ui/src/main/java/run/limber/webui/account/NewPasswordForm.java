package run.limber.webui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.FieldProblems;

/** A new password chosen with a reset link; fires {@link SubmitEvent}. */
class NewPasswordForm extends Div {

    private final FieldProblems problems = new FieldProblems();
    private final PasswordField password = problems.add("newPassword", new PasswordField("New password"));

    NewPasswordForm() {
        addClassName("form");
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(PasswordRules.HINT);
        password.setRequiredIndicatorVisible(true);
        var submit = new Button("Set new password", click -> fireEvent(new SubmitEvent(this)));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        add(password, submit);
    }

    /** Shows the problems of the password; returns the messages about anything else (the link). */
    List<String> show(ValidationException invalid) {
        return problems.show(invalid);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** Someone asked to set this new password. */
    static final class SubmitEvent extends ComponentEvent<NewPasswordForm> {

        SubmitEvent(NewPasswordForm form) {
            super(form, false);
        }

        String password() {
            return getSource().password.getValue();
        }
    }
}
