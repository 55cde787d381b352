package run.limber.api.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.Set;
import run.limber.domain.calendar.CalendarPlan;
import run.limber.domain.content.Timing;

/**
 * A runner's calendar feed.
 *
 * @param url the secret feed address, present only in the answer that made it: Limber keeps just its hash
 */
public record CalendarBody(String url, Set<DayOfWeek> days, Timing context, Instant createdAt) {

    static CalendarBody of(CalendarPlan plan, String url) {
        return new CalendarBody(url, plan.days(), plan.context(), plan.createdAt());
    }
}
