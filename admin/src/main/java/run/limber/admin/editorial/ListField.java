package run.limber.admin.editorial;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * A field made of rows (a drill's steps, a routine's drills) under a label. A message about the list as a whole
 * ("Add at least one step.") shows under the rows; messages about one row go beside that row's inputs.
 */
public abstract class ListField extends Div implements HasValidation {

    protected final Div rows = new Div();
    private final Paragraph message = new Paragraph();
    private boolean invalid;

    protected ListField(String label) {
        addClassName("admin-list-field");
        var caption = new Span(label);
        caption.addClassName("admin-list-field__label");
        message.addClassName("admin-error");
        message.setVisible(false);
        add(caption, rows, message);
    }

    @Override
    public void setErrorMessage(String errorMessage) {
        message.setText(errorMessage);
    }

    @Override
    public String getErrorMessage() {
        return message.getText();
    }

    @Override
    public void setInvalid(boolean invalid) {
        this.invalid = invalid;
        message.setVisible(invalid);
    }

    @Override
    public boolean isInvalid() {
        return invalid;
    }
}
