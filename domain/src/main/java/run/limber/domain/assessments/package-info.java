/** Mobility self-tests: knee-to-wall for the ankles and a seated rotation check for the hips, over time. */
package run.limber.domain.assessments;
