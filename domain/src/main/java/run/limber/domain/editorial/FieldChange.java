package run.limber.domain.editorial;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One difference between two revisions.
 *
 * @param field  the JSON path of the field ({@code name}, {@code prescription.reps.max}); for a list item
 *               ({@code steps[2]}) the index is in the newer list, except for a removed item, which is
 *               named by its index in the older one
 * @param before the old value, or null when added
 * @param after  the new value, or null when removed
 */
public record FieldChange(String field, Change change, JsonNode before, JsonNode after) {

    /** What happened to the field or list item. */
    public enum Change {
        ADDED, REMOVED, CHANGED
    }
}
