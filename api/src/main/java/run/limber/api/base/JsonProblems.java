package run.limber.api.base;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The problems of a JSON body Jackson could not read into its record: a field error at the JSON path of the value
 * wherever the parser still knows it, so a client can show each message beside its input. {@link ProblemMappers} maps
 * the exceptions here, whether Jackson throws them directly or Quarkus REST wraps them in a 400.
 */
final class JsonProblems {

    private JsonProblems() {
    }

    /** Well-formed JSON with a value of the wrong kind, such as an unknown enum constant: a field error at its path. */
    static Response mismatchedValue(MismatchedInputException e) {
        Class<?> type = e.getTargetType();
        String message = type != null && type.isEnum()
                ? "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : "has the wrong type" + (type == null ? "" : ": expected " + type.getSimpleName());
        return fieldProblem(pathOf(e.getPath()), message);
    }

    /**
     * A value the parser refused while reading a record, such as a number out of the range of its Java type: a field
     * error at its path. A number too long to read at all is refused before its field is known, so its error names the
     * object that holds it.
     */
    static Response unreadableValue(JsonMappingException e) {
        if (!e.getPath().isEmpty()) {
            var refused = e.getCause() instanceof JacksonException cause ? cause : e;
            return fieldProblem(pathOf(e.getPath()), valueProblem(refused));
        }
        return unreadableJson(e.getCause() instanceof JsonProcessingException cause ? cause : e);
    }

    static Response unreadableJson(JsonProcessingException e) {
        // Out of range, or over the parser's limits (JsonLimits): where the parser still knows its place (a record's
        // field), the error names it; otherwise (a number too long for a tree, as drafts and bundles are read) the body.
        if (e instanceof InputCoercionException || e instanceof StreamConstraintsException) {
            String field = e.getProcessor() instanceof JsonParser parser
                    ? pathOf(parser.getParsingContext().pathAsPointer()) : "";
            return fieldProblem(field, valueProblem(e));
        }
        return ProblemMappers.problem(400, "Malformed JSON", e.getOriginalMessage(), List.of());
    }

    private static Response fieldProblem(String field, String message) {
        return ProblemMappers.problem(400, "Invalid request", "Some fields are not valid.",
                List.of(new Problem.FieldError(field.isEmpty() ? "body" : field, message)));
    }

    private static String valueProblem(JacksonException e) {
        if (e instanceof InputCoercionException coercion && coercion.getTargetType() != null) {
            return "is out of range: expected " + coercion.getTargetType().getSimpleName();
        }
        if (e instanceof StreamConstraintsException) {
            return "holds a number longer than " + JsonLimits.MAX_NUMBER_LENGTH + " characters, or is otherwise too"
                    + " large to read";
        }
        return "cannot be read: " + e.getOriginalMessage();
    }

    /** Jackson's reference path as the API names fields: {@code drills[3].prescription.reps}. */
    private static String pathOf(List<JsonMappingException.Reference> path) {
        return path.stream()
                .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static String pathOf(JsonPointer pointer) {
        var field = new StringBuilder();
        for (var step = pointer; step.mayMatchProperty() || step.mayMatchElement(); step = step.tail()) {
            if (step.mayMatchElement()) { // no field of Limber's is named by digits
                field.append('[').append(step.getMatchingIndex()).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(step.getMatchingProperty());
            }
        }
        return field.toString();
    }
}
