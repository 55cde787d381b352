/** The editors' overview of all content: every drill, routine and note with its revisions. */
package run.limber.admin.content;
