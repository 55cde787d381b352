/** Recovery and nutrition notes: {@code /api/v1/notes}. */
package run.limber.api.notes;
