package run.limber.domain.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One end of a range of sessions to list: an exact instant, or a calendar day, which only the runner's own time zone
 * turns into an instant. A day includes all of itself at either end.
 */
public sealed interface SessionBound {

    /** {@code 2026-11-23T06:00:00Z} is an instant, {@code 2026-11-23} a day; anything else throws. */
    static SessionBound parse(String text) {
        String value = text.strip();
        return value.contains("T") ? new At(Instant.parse(value)) : new Day(LocalDate.parse(value));
    }

    /** Where a range that starts at this bound begins. */
    Instant startIn(ZoneId zone);

    /** Where a range that ends at this bound stops (exclusive). */
    Instant endIn(ZoneId zone);

    record At(Instant instant) implements SessionBound {

        @Override
        public Instant startIn(ZoneId zone) {
            return instant;
        }

        @Override
        public Instant endIn(ZoneId zone) {
            return instant;
        }
    }

    record Day(LocalDate day) implements SessionBound {

        @Override
        public Instant startIn(ZoneId zone) {
            return day.atStartOfDay(zone).toInstant();
        }

        @Override
        public Instant endIn(ZoneId zone) {
            return day.plusDays(1).atStartOfDay(zone).toInstant();
        }
    }
}
