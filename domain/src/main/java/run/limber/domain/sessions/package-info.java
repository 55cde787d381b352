/** The session log: routines a runner has done, when, in what context, and how they felt. */
package run.limber.domain.sessions;
