/** The review queue: items in review that the signed-in editor may approve. */
package run.limber.admin.review;
