package run.limber.deploy.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import run.limber.domain.accounts.AccountService;

/**
 * Refuses an access token whose account has been disabled or deleted since it was issued, and gives the identity the
 * account's roles as they are now rather than as the token recorded them: a demoted admin stops being one at once.
 * One lookup by primary key per API request that needs the caller. Web sessions do the same check themselves.
 */
@ApplicationScoped
class ActiveAccountAugmentor implements SecurityIdentityAugmentor {

    private final AccountService accounts;

    ActiveAccountAugmentor(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withCurrentRoles(identity, token));
    }

    private SecurityIdentity withCurrentRoles(SecurityIdentity identity, JsonWebToken token) {
        long accountId = accountId(token);
        var roles = accounts.activeRoles(accountId)
                .orElseThrow(() -> new AuthenticationFailedException("account " + accountId + " is disabled or gone"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addRoles(Roles.names(roles))
                .build();
    }

    private static long accountId(JsonWebToken token) {
        try {
            return Long.parseLong(token.getName());
        } catch (NumberFormatException e) {
            throw new AuthenticationFailedException("the token does not name an account");
        }
    }
}
