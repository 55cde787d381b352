package run.limber.admin.editorial;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;

/** Builds the draft JSON forms hand to the service, as typed: empty fields become null, not defaults. */
public final class Json {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {
    }

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** Enum constants by name, strings as they are. */
    public static ArrayNode array(Collection<?> values) {
        var array = NODES.arrayNode();
        values.forEach(value -> array.add(value instanceof Enum<?> constant ? constant.name() : String.valueOf(value)));
        return array;
    }

    /** Blank text as null, so the service reports a required field rather than storing nothing. */
    public static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
