package run.limber.testing;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Signs test requests in as the account their {@value #ACCOUNT} header names, with the roles in
 * {@value #ROLES}, by the app's identity convention (principal name = account id). Exists only in
 * tests: {@code @TestSecurity} (quarkus-test-security) is not on the package mirror for this Quarkus
 * version, and a test needs several callers in one method. Use it through {@link TestAccounts}.
 */
@ApplicationScoped
public class TestAuthentication implements HttpAuthenticationMechanism {

    static final String ACCOUNT = "X-Test-Account";
    static final String ROLES = "X-Test-Roles";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String account = context.request().getHeader(ACCOUNT);
        if (account == null) {
            return Uni.createFrom().nullItem();
        }
        var identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(account));
        String roles = context.request().getHeader(ROLES);
        if (roles != null && !roles.isBlank()) {
            identity.addRoles(Set.of(roles.split(",")));
        }
        return Uni.createFrom().item(identity.build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, null, null));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }
}
