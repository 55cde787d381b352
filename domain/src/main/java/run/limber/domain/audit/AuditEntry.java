package run.limber.domain.audit;

import java.time.Instant;

/**
 * One line of the audit log.
 *
 * @param actor   the email of whoever did it, or null (anonymous, or a deleted account)
 * @param subject what it was done to: an email, an account, a token chain
 * @param address the client address it came from, when known
 */
public record AuditEntry(Instant at, AuditType type, String actor, String subject, String detail, String address) {
}
