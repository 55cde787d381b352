package run.limber.api.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many sessions per ISO week the runner aims for. */
public record GoalBody(@Schema(minimum = "1", maximum = "7", required = true) Integer sessionsPerWeek) {
}
