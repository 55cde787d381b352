/** The editors' API for drills, routines and notes: {@code /api/v1/admin/drills}, {@code …/routines}, {@code …/notes}. */
package run.limber.api.editorial;
