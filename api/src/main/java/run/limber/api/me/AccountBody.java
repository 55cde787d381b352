package run.limber.api.me;

import java.time.Instant;
import java.util.Set;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.Role;

/** An account as its owner, and platform admins, see it. */
public record AccountBody(long id, String email, String displayName, String timeZone, Set<Role> roles,
                          Instant createdAt, Instant lastLoginAt, boolean disabled) {

    public static AccountBody of(AccountSummary account) {
        return new AccountBody(account.id(), account.email(), account.displayName(), account.timeZone(),
                account.roles(), account.createdAt(), account.lastLoginAt(), account.disabled());
    }
}
