package run.limber.domain.progress;

import java.time.LocalDate;

/**
 * One ISO week of a runner's training.
 *
 * @param week    the ISO week, e.g. {@code 2026-W48}
 * @param starts  its Monday, in the runner's time zone
 * @param goalMet judged against the runner's current goal
 */
public record WeekProgress(String week, LocalDate starts, int sessions, boolean goalMet) {
}
