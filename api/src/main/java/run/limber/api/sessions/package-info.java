/** The session log API: a runner logs, lists, reads and deletes their own training sessions. */
package run.limber.api.sessions;
