/** The editorial workflow for drills, routines and notes alike: drafts, review, publishing, history, diff and restore. */
package run.limber.domain.editorial;
