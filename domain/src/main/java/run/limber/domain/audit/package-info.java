/** The audit log: who did what security-relevant or editorial thing, when, and from where. */
package run.limber.domain.audit;
