/** The printable quick reference of the drills, as a PDF. */
package run.limber.api.reference;
