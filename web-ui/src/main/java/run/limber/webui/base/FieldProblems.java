package run.limber.webui.base;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * Puts a use case's validation messages beside the fields they name. A field's message goes away
 * as soon as it is edited; what was typed always stays.
 */
public final class FieldProblems implements Serializable {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Registers {@code field} under the name the domain uses for it ({@code email}, {@code password}, …). */
    public <F extends HasValidation & HasValue<?, ?>> F add(String name, F field) {
        // The domain decides what is valid; the field must not clear a message it did not set.
        field.setManualValidation(true);
        field.addValueChangeListener(change -> field.setInvalid(false));
        fields.put(name, field);
        return field;
    }

    /** Shows each problem beside its field, focuses the first, and returns the messages no field took. */
    public List<String> show(ValidationException invalid) {
        clear();
        var unplaced = new ArrayList<String>();
        HasValidation first = null;
        for (FieldProblem problem : invalid.problems()) {
            HasValidation field = fields.get(problem.field());
            if (field == null) {
                unplaced.add(problem.message());
                continue;
            }
            field.setErrorMessage(problem.message());
            field.setInvalid(true);
            first = first == null ? field : first;
        }
        if (first instanceof Focusable<?> focusable) {
            focusable.focus();
        }
        return unplaced;
    }

    /** Shows one message beside the named field. */
    public void show(String name, String message) {
        show(new ValidationException(name, message));
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }
}
