package run.limber.domain.editorial;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.stream.Collectors;
import run.limber.domain.shared.Slug;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * Checks an editor's JSON draft field by field and collects every problem, so the editor learns
 * about all of them at once, each beside its input. The JSON is checked rather than the content
 * records because the records refuse to exist when invalid, and would report only the first problem.
 */
final class DraftCheck {

    static final String REQUIRED = "Required.";

    private final List<FieldProblem> problems = new ArrayList<>();

    void problem(Draft at, String message) {
        problems.add(new FieldProblem(at.path(), message));
    }

    List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    boolean object(Draft at, boolean required) {
        if (at.absent()) {
            if (required) {
                problem(at, REQUIRED);
            }
            return false;
        }
        if (!at.node().isObject()) {
            problem(at, "Must be an object.");
            return false;
        }
        return true;
    }

    Optional<String> text(Draft at, boolean required, int maxLength) {
        if (at.absent() || (at.node().isTextual() && at.node().asText().isBlank())) {
            if (required) {
                problem(at, REQUIRED);
            }
            return Optional.empty();
        }
        if (!at.node().isTextual()) {
            problem(at, "Must be text.");
            return Optional.empty();
        }
        if (at.node().asText().length() > maxLength) {
            problem(at, "At most " + maxLength + " characters.");
        }
        return Optional.of(at.node().asText());
    }

    Optional<String> slug(Draft at) {
        return text(at, true, Integer.MAX_VALUE).filter(value -> {
            boolean valid = Slug.isValid(value);
            if (!valid) {
                problem(at, "Use lower-case letters and digits in words joined by single hyphens, e.g. hip-switches,"
                        + " at most " + Slug.MAX_LENGTH + " characters.");
            }
            return valid;
        });
    }

    OptionalInt integer(Draft at, int min, int max, boolean required) {
        if (at.absent()) {
            if (required) {
                problem(at, REQUIRED);
            }
            return OptionalInt.empty();
        }
        // Written as a whole number (3, not 3.0 or 3e0), as the API's records read it; and within int before asInt(),
        // which keeps only the low bits of a larger number (2^32 + 5 would read as 5).
        var node = at.node();
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problem(at, "Must be a whole number from " + min + " to " + max + ".");
            return OptionalInt.empty();
        }
        return OptionalInt.of(node.asInt());
    }

    /** A range such as reps 5–10: both ends within bounds and the minimum not above the maximum. */
    void range(Draft at, int max, boolean required) {
        if (object(at, required)) {
            var low = integer(at.field("min"), 1, max, true);
            var high = integer(at.field("max"), 1, max, true);
            if (low.isPresent() && high.isPresent() && low.getAsInt() > high.getAsInt()) {
                problem(at.field("min"), "Must not be more than the maximum (" + high.getAsInt() + ").");
            }
        }
    }

    Optional<UUID> uuid(Draft at) {
        return text(at, true, Integer.MAX_VALUE).flatMap(value -> {
            try {
                return Optional.of(UUID.fromString(value));
            } catch (IllegalArgumentException e) {
                problem(at, "Must be an id such as 0b7e5c9a-3f1d-4c2e-9a8b-6d5e4f3a2b1c.");
                return Optional.empty();
            }
        });
    }

    boolean bool(Draft at) {
        if (at.absent()) {
            return false;
        }
        if (!at.node().isBoolean()) {
            problem(at, "Must be true or false.");
            return false;
        }
        return at.node().asBoolean();
    }

    <E extends Enum<E>> Optional<E> enumValue(Draft at, Class<E> type, boolean required) {
        if (at.absent()) {
            if (required) {
                problem(at, REQUIRED);
            }
            return Optional.empty();
        }
        var match = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(at.node().asText())).findFirst();
        if (!at.node().isTextual() || match.isEmpty()) {
            problem(at, "Unknown value '" + at.node().asText() + "'; allowed: " + allowed(type) + ".");
        }
        return match;
    }

    /** A list of distinct enum values; {@code emptyMessage} non-null makes at least one required. */
    <E extends Enum<E>> List<E> enums(Draft at, Class<E> type, String emptyMessage) {
        var values = new ArrayList<E>();
        for (Draft item : list(at, emptyMessage)) {
            enumValue(item, type, true).ifPresent(value -> {
                if (values.contains(value)) {
                    problem(item, "'" + value + "' is listed twice.");
                } else {
                    values.add(value);
                }
            });
        }
        return values;
    }

    /** The items of a list; {@code emptyMessage} non-null makes at least one required. */
    List<Draft> list(Draft at, String emptyMessage) {
        if (!at.absent() && !at.node().isArray()) {
            problem(at, "Must be a list.");
            return List.of();
        }
        var items = at.absent() ? List.<Draft>of() : at.items();
        if (items.isEmpty() && emptyMessage != null) {
            problem(at, emptyMessage);
        }
        return items;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
