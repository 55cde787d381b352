package run.limber.admin.editorial;

import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * Puts the service's validation messages beside the fields they name. Fields are bound by the path
 * the service uses ({@code name}, {@code steps[2]}, {@code prescription.reps.min}); a problem whose
 * path is not bound goes to the nearest bound parent ({@code tips[1].text} to {@code tips[1]}), and
 * only one that no field claims is handed back for the page to show.
 */
public final class FieldMessages {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public void bind(String path, HasValidation field) {
        fields.put(path, field);
    }

    /** Forgets the fields of a list whose rows were rebuilt ({@code steps[0]}, {@code steps[1]}, …). */
    public void unbindItems(String listPath) {
        fields.keySet().removeIf(path -> path.startsWith(listPath + "["));
    }

    public void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    /** Marks every named field invalid with its message; answers the problems no field claims. */
    public List<FieldProblem> show(List<FieldProblem> problems) {
        clear();
        var unclaimed = new ArrayList<FieldProblem>();
        for (FieldProblem problem : problems) {
            HasValidation field = nearest(problem.field());
            if (field == null) {
                unclaimed.add(problem);
            } else if (!field.isInvalid()) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        }
        return unclaimed;
    }

    private HasValidation nearest(String path) {
        String candidate = path;
        while (!candidate.isEmpty()) {
            HasValidation field = fields.get(candidate);
            if (field != null) {
                return field;
            }
            int cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
            candidate = cut < 0 ? "" : candidate.substring(0, cut);
        }
        return null;
    }
}
