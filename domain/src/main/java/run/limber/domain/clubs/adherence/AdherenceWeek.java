package run.limber.domain.clubs.adherence;

import java.time.LocalDate;

/**
 * One ISO week of a member's assigned training.
 *
 * @param week     its Monday
 * @param sessions sessions of the assigned routines within the assignments' dates
 * @param target   sessions asked for, prorated when an assignment starts or ends within the week
 * @param status   null when nothing was asked for that week
 */
public record AdherenceWeek(LocalDate week, int sessions, int target, WeekStatus status) {
}
