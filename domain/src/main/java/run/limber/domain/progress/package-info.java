/** Progress towards the weekly goal: sessions per ISO week in the runner's time zone, and the streak of weeks met. */
package run.limber.domain.progress;
