/** Drills as structured content, and the prescription that turns reps, sides, angles and directions into sets. */
package run.limber.domain.drills;
