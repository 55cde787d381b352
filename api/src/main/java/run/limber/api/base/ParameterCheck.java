package run.limber.api.base;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import run.limber.domain.shared.PageRequest;

/**
 * Reads a request's query parameters and collects every problem before answering, so a client
 * learns about all its mistakes in one 400 rather than one per try.
 */
public final class ParameterCheck {

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

    public PageRequest page(PageParameters paging) {
        if (paging.page < 0) {
            errors.add(new Problem.FieldError("page", "must be 0 or more"));
        }
        if (paging.size < 1 || paging.size > PageRequest.MAX_SIZE) {
            errors.add(new Problem.FieldError("size", "must be between 1 and " + PageRequest.MAX_SIZE));
        }
        return errors.isEmpty() ? new PageRequest(paging.page, paging.size) : PageRequest.first(1);
    }

    /** Ends the check: throws if anything was wrong. */
    public void verify() {
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
    }
}
