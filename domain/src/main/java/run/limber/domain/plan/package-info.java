/** Routine plans: a published routine expanded into the ordered sets and transitions a runner follows. */
package run.limber.domain.plan;
