/** The quick reference: the published drills with their target area and reps, as a table and as a one-page PDF. */
package run.limber.domain.reference;
