package run.limber.domain.accounts;

import java.time.Instant;
import java.util.List;
import run.limber.domain.audit.AuditEntry;

/** Everything Limber holds about one account, for its owner to download. */
public record AccountExport(AccountView account, List<AuditEntry> activity, Instant exportedAt) {
}
