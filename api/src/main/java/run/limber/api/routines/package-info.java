/** Published routines: {@code /api/v1/routines}. */
package run.limber.api.routines;
