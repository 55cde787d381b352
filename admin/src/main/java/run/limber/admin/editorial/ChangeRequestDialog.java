package run.limber.admin.editorial;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks a reviewer what the author should change, then hands the comment on. */
public class ChangeRequestDialog extends Dialog {

    public ChangeRequestDialog(String title, Consumer<String> send) {
        var comment = new TextArea("What should change?");
        comment.setWidthFull();
        comment.setRequired(true);
        add(comment);
        setHeaderTitle("Request changes: " + title);
        var confirm = new Button("Send back to the author", click -> {
            if (comment.getValue().isBlank()) {
                comment.setErrorMessage("Say what should change.");
                comment.setInvalid(true);
                return;
            }
            close();
            send.accept(comment.getValue());
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), confirm);
        setWidth("min(32rem, 100vw)");
        addOpenedChangeListener(opened -> comment.focus());
    }
}
