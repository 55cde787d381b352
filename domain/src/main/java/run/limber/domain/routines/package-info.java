/** Routines: published drills in a set order, with when and how often to do them. */
package run.limber.domain.routines;
