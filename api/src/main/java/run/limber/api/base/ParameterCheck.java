package run.limber.api.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import run.limber.domain.shared.PageRequest;

/**
 * Reads a request's query parameters and collects every problem before answering, so a client
 * learns about all its mistakes in one 400 rather than one per try.
 */
public final class ParameterCheck {

    /** Enough for any int with its sign; a longer text cannot be in range, and is never parsed. */
    private static final int MAX_INTEGER_DIGITS = 11;
    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d+");

    private final List<Problem.FieldError> errors = new ArrayList<>();

    /** An enum value in any case ({@code rest_day}, {@code REST-DAY}); blank means "not given". */
    public <E extends Enum<E>> Optional<E> optionalEnum(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String wanted = value.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        var match = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
        if (match.isEmpty()) {
            errors.add(new Problem.FieldError(parameter, "unknown value '" + value + "'; allowed: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        }
        return match;
    }

    /** The page asked for; out of range or not a number is an error naming {@code page} or {@code size}. */
    public PageRequest page(PageParameters paging) {
        var page = integer("page", paging.page, 0, PageRequest.MAX_PAGE);
        var size = integer("size", paging.size, 1, PageRequest.MAX_SIZE);
        return new PageRequest(page.orElse(0), size.orElse(PageRequest.DEFAULT_SIZE));
    }

    /**
     * A whole number from {@code min} to {@code max}; blank means "not given". The text is bounded before it is
     * parsed, so neither a thousand digits nor a value past {@code int} reaches the arithmetic.
     */
    public OptionalInt integer(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return OptionalInt.empty();
        }
        String text = value.strip();
        if (text.length() <= MAX_INTEGER_DIGITS && WHOLE_NUMBER.matcher(text).matches()) {
            long number = Long.parseLong(text);
            if (number >= min && number <= max) {
                return OptionalInt.of((int) number);
            }
        }
        errors.add(new Problem.FieldError(parameter, "must be a whole number from " + min + " to " + max));
        return OptionalInt.empty();
    }

    /** A whole number from {@code min} to {@code max} that must be given. */
    public OptionalInt requiredInteger(String parameter, String value, int min, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(parameter, "required: a whole number from " + min + " to " + max));
            return OptionalInt.empty();
        }
        return integer(parameter, value, min, max);
    }

    /** Ends the check: throws if anything was wrong. */
    public void verify() {
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }
}
