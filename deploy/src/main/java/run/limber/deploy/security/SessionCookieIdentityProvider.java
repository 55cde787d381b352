package run.limber.deploy.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import run.limber.domain.accounts.SessionAccount;
import run.limber.domain.accounts.WebSessions;

/** Turns a web session token into the app's identity: principal name = account id, roles = role names. */
@ApplicationScoped
class SessionCookieIdentityProvider implements IdentityProvider<SessionCookieRequest> {

    private final WebSessions sessions;

    SessionCookieIdentityProvider(WebSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Class<SessionCookieRequest> getRequestType() {
        return SessionCookieRequest.class;
    }

    /** The session lives in the database: looked up on a worker thread, never on the event loop. */
    @Override
    public Uni<SecurityIdentity> authenticate(SessionCookieRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> sessions.resolve(request.token()).map(this::identity).orElse(null));
    }

    private SecurityIdentity identity(SessionAccount account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new AccountPrincipal(account.accountId()))
                .addRoles(Roles.names(account.roles()))
                .build();
    }
}
