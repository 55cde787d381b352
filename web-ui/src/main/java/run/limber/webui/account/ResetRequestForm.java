package run.limber.webui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.shared.Registration;

/** The email to send a reset link to; fires {@link SubmitEvent}. */
class ResetRequestForm extends Div {

    private final EmailField email = new EmailField("Email");
    private final FormAlert refused = new FormAlert();

    ResetRequestForm() {
        addClassName("form");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        email.setHelperText("The address you signed up with.");
        email.setManualValidation(true);
        var submit = new Button("Send the link", click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        add(email, refused, submit);
    }

    private void submit() {
        boolean blank = email.getValue().isBlank();
        email.setErrorMessage(blank ? "Enter the email you signed up with." : null);
        email.setInvalid(blank);
        if (!blank) {
            fireEvent(new SubmitEvent(this));
        }
    }

    /** Not sent: too many links asked for. */
    void showRefused(String message) {
        refused.show(message);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** Someone asked for a reset link. */
    static final class SubmitEvent extends ComponentEvent<ResetRequestForm> {

        SubmitEvent(ResetRequestForm form) {
            super(form, false);
        }

        String email() {
            return getSource().email.getValue();
        }
    }
}
