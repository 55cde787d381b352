/** Exporting all content as a bundle file and importing one, with a dry run and a progress bar. */
package run.limber.admin.bundle;
