package run.limber.api.admin;

import java.time.Instant;
import run.limber.domain.audit.AuditEntry;
import run.limber.domain.audit.AuditType;

/**
 * One line of the audit log: who ({@code actor}, an email) did what ({@code type}, {@code detail}) when, to which
 * account or content item ({@code subject}, e.g. "drill hip-switches"), from which address.
 */
record AuditEntryBody(Instant at, AuditType type, String actor, String subject, String detail, String address) {

    static AuditEntryBody of(AuditEntry entry) {
        return new AuditEntryBody(entry.at(), entry.type(), entry.actor(), entry.subject(), entry.detail(),
                entry.address());
    }
}
