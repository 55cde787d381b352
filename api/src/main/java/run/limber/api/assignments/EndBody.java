package run.limber.api.assignments;

import java.time.LocalDate;

/** The assignment's last day; null for today in the club's time zone. */
public record EndBody(LocalDate on) {
}
