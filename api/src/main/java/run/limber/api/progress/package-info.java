/** The caller's weekly goal and their progress towards it: sessions per ISO week and the streak. */
package run.limber.api.progress;
