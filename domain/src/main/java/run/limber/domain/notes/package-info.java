/** Recovery and nutrition notes: Markdown written by editors, rendered safely for runners. */
package run.limber.domain.notes;
