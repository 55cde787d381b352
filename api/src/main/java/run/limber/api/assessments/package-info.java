/** The caller's mobility self-tests: recording and reading them. */
package run.limber.api.assessments;
