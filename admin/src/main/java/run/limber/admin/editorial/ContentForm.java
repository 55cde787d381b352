package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * The fields of one kind of content, as {@link EditorView} drives them. The form hands the service
 * exactly what was typed, valid or not, so the service's rules give the messages and nothing typed is
 * lost on a failed save.
 *
 * @param <T> the content record of the kind
 */
public interface ContentForm<T> {

    /** Fills the fields with saved content; the slug of a saved item can no longer change. */
    void read(T content);

    /** The current values as the service's draft JSON. */
    ObjectNode write();

    /** Shows each problem beside its field; answers those no field claims. */
    List<FieldProblem> showProblems(List<FieldProblem> problems);

    /** Called on every edit, as the editor types. */
    Registration addChangeListener(Runnable listener);
}
