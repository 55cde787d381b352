package run.limber.webui.account;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import run.limber.domain.accounts.AccountRules;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.shared.ValidationException;
import run.limber.webui.base.FieldProblems;

/** The runner's name and time zone; fires {@link SaveEvent}. */
class ProfileForm extends Div {

    private final FieldProblems problems = new FieldProblems();
    private final TextField displayName = problems.add("displayName", new TextField("Your name"));
    private final TimeZoneField timeZone = problems.add("timeZone", new TimeZoneField());
    private final Paragraph status = new Paragraph();

    ProfileForm() {
        addClassName("form");
        displayName.setAutocomplete(Autocomplete.NICKNAME);
        displayName.setMaxLength(AccountRules.MAX_DISPLAY_NAME);
        displayName.setRequiredIndicatorVisible(true);
        status.addClassName("form__status");
        status.getElement().setAttribute("role", "status");
        displayName.addValueChangeListener(change -> status.setText(""));
        timeZone.addValueChangeListener(change -> status.setText(""));

        var save = new Button("Save changes", click -> fireEvent(new SaveEvent(this)));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        add(displayName, timeZone, save, status);
    }

    void show(AccountSummary account) {
        displayName.setValue(account.displayName());
        timeZone.setValue(account.timeZone());
    }

    void saved(AccountSummary account) {
        show(account);
        status.setText("Saved.");
    }

    void show(ValidationException invalid) {
        problems.show(invalid);
    }

    Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Someone asked to save the name and time zone the form holds. */
    static final class SaveEvent extends ComponentEvent<ProfileForm> {

        SaveEvent(ProfileForm form) {
            super(form, false);
        }

        String displayName() {
            return getSource().displayName.getValue();
        }

        /** The chosen zone; an emptied field counts as "keep the current one". */
        String timeZone() {
            return getSource().timeZone.getValue();
        }
    }
}
