package run.limber.domain.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import run.limber.domain.audit.AuditEntry;

/**
 * Everything Limber holds about one account, for its owner to download.
 *
 * @param data what other features keep about the account, by {@link PersonalData#section()}
 */
public record AccountExport(AccountSummary account, List<AuditEntry> activity, Map<String, Object> data,
                            Instant exportedAt) {
}
