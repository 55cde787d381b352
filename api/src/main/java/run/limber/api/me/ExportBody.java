package run.limber.api.me;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import run.limber.domain.accounts.AccountExport;
import run.limber.domain.audit.AuditEntry;
import run.limber.domain.audit.AuditType;

/**
 * Everything Limber holds about the caller.
 *
 * @param data the caller's sessions, self-tests and training calendar, by name
 */
public record ExportBody(AccountBody account, List<Activity> activity, Map<String, Object> data, Instant exportedAt) {

    static ExportBody of(AccountExport export) {
        return new ExportBody(AccountBody.of(export.account()), export.activity().stream().map(Activity::of).toList(),
                export.data(), export.exportedAt());
    }

    /** One thing the account did, from the audit log, newest first. */
    public record Activity(Instant at, AuditType type, String subject, String detail, String address) {

        static Activity of(AuditEntry entry) {
            return new Activity(entry.at(), entry.type(), entry.subject(), entry.detail(), entry.address());
        }
    }
}
