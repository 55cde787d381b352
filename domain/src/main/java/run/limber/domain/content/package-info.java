/**
 * Versioned content shared by drills, routines and notes: items, their immutable revisions, timings,
 * and safe Markdown rendering.
 */
package run.limber.domain.content;
