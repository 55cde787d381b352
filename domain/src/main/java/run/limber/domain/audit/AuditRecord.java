package run.limber.domain.audit;

import java.util.Objects;

/**
 * What an audit entry says happened, built step by step so a call site names only what it knows:
 * {@code AuditRecord.of(AuditType.ROLES_CHANGED).by(admin.id(), admin.email()).about(email).detail("RUNNER → ADMIN")}.
 * Where it came from is not part of it: {@link AuditLog} takes the address from the current request.
 *
 * @param actorId who did it: null for anonymous callers (then {@code actor} is null too) and for the system
 * @param subject what it was done to, see {@link AuditEntry}
 */
public record AuditRecord(AuditType type, Long actorId, String actor, String subject, String detail) {

    public AuditRecord {
        Objects.requireNonNull(type, "type");
    }

    /** An event of this type, by nobody known yet, about nothing yet. */
    public static AuditRecord of(AuditType type) {
        return new AuditRecord(type, null, null, null, null);
    }

    /** Done by this account, named by its email; or by the system (no id), named by its name. */
    public AuditRecord by(Long id, String name) {
        return new AuditRecord(type, id, name, subject, detail);
    }

    public AuditRecord about(String what) {
        return new AuditRecord(type, actorId, actor, what, detail);
    }

    public AuditRecord detail(String text) {
        return new AuditRecord(type, actorId, actor, subject, text);
    }
}
