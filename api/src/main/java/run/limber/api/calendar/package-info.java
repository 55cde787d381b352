/** The runner's calendar feed: making and revoking its secret address, and the iCalendar document behind it. */
package run.limber.api.calendar;
