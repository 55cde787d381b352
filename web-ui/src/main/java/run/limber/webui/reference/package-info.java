/** The quick reference page: the drills with their target area and reps, laid out to print. */
package run.limber.webui.reference;
