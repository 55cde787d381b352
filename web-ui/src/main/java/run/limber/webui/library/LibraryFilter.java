package run.limber.webui.library;

import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import run.limber.domain.content.Timing;
import run.limber.domain.drills.DrillFilter;
import run.limber.domain.drills.TargetArea;

/**
 * The library filter as it travels in the address, {@code ?target=ankle&timing=before_run}, so a
 * filtered library is a link runners can share. Values are read in any case; a value that names
 * nothing is ignored rather than turning a shared link into an error.
 */
record LibraryFilter(Optional<TargetArea> target, Optional<Timing> timing) {

    static final String TARGET = "target";
    static final String TIMING = "timing";

    static LibraryFilter from(QueryParameters query) {
        return new LibraryFilter(
                query.getSingleParameter(TARGET).flatMap(value -> parse(TargetArea.class, value)),
                query.getSingleParameter(TIMING).flatMap(value -> parse(Timing.class, value)));
    }

    DrillFilter toDrillFilter() {
        return new DrillFilter(target, timing);
    }

    boolean isAny() {
        return target.isEmpty() && timing.isEmpty();
    }

    LibraryFilter withTarget(Optional<TargetArea> newTarget) {
        return new LibraryFilter(newTarget, timing);
    }

    LibraryFilter withTiming(Optional<Timing> newTiming) {
        return new LibraryFilter(target, newTiming);
    }

    QueryParameters toQueryParameters() {
        Map<String, List<String>> parameters = new HashMap<>();
        target.ifPresent(value -> parameters.put(TARGET, List.of(format(value))));
        timing.ifPresent(value -> parameters.put(TIMING, List.of(format(value))));
        return new QueryParameters(parameters);
    }

    private static String format(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
        try {
            return Optional.of(Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
