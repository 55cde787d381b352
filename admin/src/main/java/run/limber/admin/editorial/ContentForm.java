package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * The fields of one kind of content, as {@link EditorView} drives them. The form hands the service
 * exactly what was typed, valid or not, so the service's rules give the messages and nothing typed is
 * lost on a failed save. Subclasses bind their fields to {@link #messages} and call {@link #changed()}
 * on every edit.
 *
 * @param <T> the content record of the kind
 */
public abstract class ContentForm<T> extends Div {

    protected final FieldMessages messages = new FieldMessages();

    /** Fills the fields with saved content; the slug of a saved item can no longer change. */
    public abstract void read(T content);

    /** The current values as the service's draft JSON. */
    public abstract ObjectNode write();

    /** Shows each problem beside its field; answers those no field claims. */
    public List<FieldProblem> showProblems(List<FieldProblem> problems) {
        return messages.show(problems);
    }

    /** Called on every edit, as the editor types. */
    public Registration addChangeListener(Runnable listener) {
        return addListener(Changed.class, event -> listener.run());
    }

    /** Tells the page something in the form changed. */
    protected void changed() {
        fireEvent(new Changed(this));
    }

    /** Something in the form changed. */
    static final class Changed extends ComponentEvent<ContentForm<?>> {
        Changed(ContentForm<?> source) {
            super(source, false);
        }
    }
}
