/** Club assignments over REST: coaches assign, reschedule, end and move them and answer change notices; members read theirs. */
package run.limber.api.assignments;
