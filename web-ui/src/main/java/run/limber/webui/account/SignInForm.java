package run.limber.webui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;

/** Email and password; fires {@link SubmitEvent}. A failed sign-in shows one message and keeps what was typed. */
class SignInForm extends Div {

    private final EmailField email = new EmailField("Email");
    private final PasswordField password = new PasswordField("Password");
    private final FormAlert error = new FormAlert();

    SignInForm() {
        addClassName("form");
        email.setAutocomplete(Autocomplete.USERNAME);
        email.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        password.setRequiredIndicatorVisible(true);

        var submit = new Button("Sign in", click -> fireEvent(new SubmitEvent(this)));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        add(email, password, error, submit);
    }

    void fill(String emailAddress, String secret) {
        email.setValue(emailAddress);
        password.setValue(secret);
        showError(null);
        password.focus();
    }

    /** The one message for any failure; {@code null} hides it. */
    void showError(String message) {
        error.show(message);
    }

    void focus() {
        email.focus();
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** Someone asked to sign in with what the form holds. */
    static final class SubmitEvent extends ComponentEvent<SignInForm> {

        SubmitEvent(SignInForm form) {
            super(form, false);
        }

        String email() {
            return getSource().email.getValue();
        }

        String password() {
            return getSource().password.getValue();
        }
    }
}
