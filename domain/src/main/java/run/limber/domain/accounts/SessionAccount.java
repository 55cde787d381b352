package run.limber.domain.accounts;

import java.util.Set;

/** Who a valid web session belongs to, for building the request's security identity. */
public record SessionAccount(long accountId, String email, String displayName, Set<Role> roles) {
}
