/**
 * Versioned content shared by drills, routines and notes: items with their workflow state, their
 * immutable revisions, the one writer every content change goes through and the announcement it makes
 * when what runners see changes, timings, and safe Markdown rendering.
 */
package run.limber.domain.content;
