package run.limber.api.editorial;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.editorial.FieldChange;
import run.limber.domain.editorial.RevisionDiff;

/** What changed from one revision to another, field by field. */
public record DiffBody(int from, int to, List<Change> changes) {

    /**
     * One changed field or list item, named by its JSON path ({@code steps[2]}); a removed list item by
     * its index in the older revision, anything else by its index in the newer one.
     */
    @Schema(name = "FieldChangeBody")
    public record Change(String field, FieldChange.Change change, JsonNode before, JsonNode after) {
    }

    public static DiffBody of(RevisionDiff diff) {
        return new DiffBody(diff.from(), diff.to(), diff.changes().stream()
                .map(c -> new Change(c.field(), c.change(), c.before(), c.after())).toList());
    }
}
