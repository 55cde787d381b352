/** Recovery and nutrition notes, grouped by category, each with its full text. */
package run.limber.webui.notes;
