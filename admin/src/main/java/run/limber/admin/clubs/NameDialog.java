package run.limber.admin.clubs;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import run.limber.admin.editorial.FieldMessages;

/** Asks for a new name; stays open with the typed name and the problem beside it until the name is accepted. */
class NameDialog extends Dialog {

    private final TextField name;
    private final FieldMessages messages = new FieldMessages();

    NameDialog(String title, String label, String current, int maxLength) {
        setHeaderTitle(title);
        name = new TextField(label);
        name.setMaxLength(maxLength);
        name.setValue(current);
        name.setWidthFull();
        name.setManualValidation(true);
        messages.bind("name", name);
        var save = new Button("Save", click -> fireEvent(new Named(this, name.getValue())));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        add(name);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    FieldMessages messages() {
        return messages;
    }

    Registration addNamedListener(ComponentEventListener<Named> listener) {
        return addListener(Named.class, listener);
    }

    /** The name typed, to be checked by the domain. */
    static final class Named extends ComponentEvent<NameDialog> {

        private final String name;

        Named(NameDialog source, String name) {
            super(source, true);
            this.name = name;
        }

        String name() {
            return name;
        }
    }
}
