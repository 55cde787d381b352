/** The notes editor: list, form and the rendered Markdown preview. */
package run.limber.admin.notes;
