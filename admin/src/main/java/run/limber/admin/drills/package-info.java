/** The drill editor: list, form with prescription fields, and the live preview of what runners see. */
package run.limber.admin.drills;
