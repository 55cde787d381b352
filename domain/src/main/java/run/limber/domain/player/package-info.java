/** The routine player's progress: where a runner is in a routine, kept in the database so it survives reloads. */
package run.limber.domain.player;
