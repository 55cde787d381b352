package run.limber.domain.clubs.assignments;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Training days as the database keeps them: ISO day numbers (Monday = 1) in a {@code smallint[]}. */
final class IsoDays {

    private IsoDays() {
    }

    /** An array literal to bind as text and cast: {@code {1,3,5}}. */
    static String toArray(Collection<DayOfWeek> days) {
        return days.stream().map(day -> Integer.toString(day.getValue())).collect(Collectors.joining(",", "{", "}"));
    }

    /** Reads {@code array_to_string(days, ',')}. */
    static List<DayOfWeek> fromList(String numbers) {
        return Arrays.stream(numbers.split(",")).map(n -> DayOfWeek.of(Integer.parseInt(n.strip()))).sorted().toList();
    }
}
