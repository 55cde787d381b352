/**
 * Versioned content shared by drills, routines and notes: items with their workflow state, their
 * immutable revisions, timings, and safe Markdown rendering.
 */
package run.limber.domain.content;
