package run.limber.domain.accounts;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;

/** Who is calling: the signed-in account behind this request, by the app-wide identity convention. */
@ApplicationScoped
public class CurrentAccount {

    private final SecurityIdentity identity;

    CurrentAccount(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller's account id: the principal name is the id as a decimal string. */
    public long id() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
        return Long.parseLong(identity.getPrincipal().getName());
    }
}
