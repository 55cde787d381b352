/** What every content editor shares: the editor page shell, workflow buttons, history, diff and the conflict dialog. */
package run.limber.admin.editorial;
