package run.limber.domain.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import run.limber.domain.content.Timing;

/**
 * What a runner's calendar feed holds: the training days and the moment in the day.
 *
 * @param id        stays the same for the life of one feed address, so calendar apps update its event in place
 * @param createdAt when the address was made; the first event is on or after that day
 */
public record CalendarPlan(UUID id, Set<DayOfWeek> days, Timing context, Instant createdAt) {
}
