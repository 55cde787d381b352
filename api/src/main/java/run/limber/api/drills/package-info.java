/** The public drill library: {@code /api/v1/drills}. */
package run.limber.api.drills;
