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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.accounts.AccountRules;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.FieldProblems;

/** What a new account needs; fires {@link SubmitEvent}. Problems show beside their fields, nothing typed is lost. */
class RegistrationForm extends Div {

    private final FieldProblems problems = new FieldProblems();
    private final EmailField email = problems.add("email", new EmailField("Email"));
    private final TextField displayName = problems.add("displayName", new TextField("Your name"));
    private final PasswordField password = problems.add("password", new PasswordField("Password"));
    private final TimeZoneField timeZone = problems.add("timeZone", new TimeZoneField().presetFromBrowser());
    private final FormAlert refused = new FormAlert();

    RegistrationForm() {
        addClassName("form");
        email.setAutocomplete(Autocomplete.EMAIL);
        email.setRequiredIndicatorVisible(true);
        displayName.setAutocomplete(Autocomplete.NICKNAME);
        displayName.setHelperText("Shown on your account and to your club. Up to 80 characters.");
        displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
        displayName.setRequiredIndicatorVisible(true);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText(PasswordRules.HINT);
        password.setRequiredIndicatorVisible(true);

        var submit = new Button("Create account", click -> fireEvent(new SubmitEvent(this)));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER).listenOn(this);
        add(email, displayName, password, timeZone, refused, submit);
    }

    void show(ValidationException invalid) {
        refused.show(null);
        problems.show(invalid);
    }

    /** Not tried at all: too many attempts from here, or Limber busy. */
    void showRefused(String message) {
        refused.show(message);
    }

    Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    /** Someone asked to create an account with what the form holds. */
    static final class SubmitEvent extends ComponentEvent<RegistrationForm> {

        SubmitEvent(RegistrationForm form) {
            super(form, false);
        }

        run.limber.domain.accounts.Registration registration() {
            var form = getSource();
            return new run.limber.domain.accounts.Registration(form.email.getValue(), form.password.getValue(),
                    form.displayName.getValue(), form.timeZone.getValue());
        }
    }
}
