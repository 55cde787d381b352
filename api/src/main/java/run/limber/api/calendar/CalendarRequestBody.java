package run.limber.api.calendar;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which days, and at which moment of them, the runner does their mobility work. */
public record CalendarRequestBody(
        @Schema(description = "Training days, e.g. [\"MONDAY\", \"WEDNESDAY\", \"FRIDAY\"]", required = true)
        List<String> days,
        @Schema(description = "BEFORE_RUN, AFTER_RUN or REST_DAY", required = true) String context) {
}
