/** The audit log for platform admins: sign-ins, failures, role changes and other security events. */
package run.limber.admin.audit;
