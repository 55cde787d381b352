/** A runner's training calendar: a secret, revocable iCalendar feed of their planned mobility sessions. */
package run.limber.domain.calendar;
