package run.limber.api.me;

import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.Role;

/** An account as its owner, and platform admins, see it. */
public record AccountBody(@Schema(required = true) long id, @Schema(required = true) String email,
                          @Schema(required = true) String displayName, @Schema(required = true) String timeZone,
                          @Schema(required = true) Set<Role> roles, @Schema(required = true) Instant createdAt,
                          @Schema(description = "Null until the first sign-in") Instant lastLoginAt,
                          @Schema(required = true) boolean disabled) {

    public static AccountBody of(AccountSummary account) {
        return new AccountBody(account.id(), account.email(), account.displayName(), account.timeZone(),
                account.roles(), account.createdAt(), account.lastLoginAt(), account.disabled());
    }
}
