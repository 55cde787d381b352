package run.limber.deploy.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import run.limber.domain.accounts.WebSessions;

/**
 * Signs web UI requests in from the {@value WebSessions#COOKIE} cookie. Never API requests: every API resource
 * selects the bearer token mechanism alone ({@code run.limber.api.base.ApiAuthentication}), a choice Quarkus makes on
 * what the REST router matched, so no spelling of a path can bring the cookie to the API.
 */
@ApplicationScoped
class SessionCookieAuthenticationMechanism implements HttpAuthenticationMechanism {

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        var cookie = context.request().getCookie(WebSessions.COOKIE);
        if (cookie == null) {
            return Uni.createFrom().nullItem();
        }
        var request = HttpSecurityUtils.setRoutingContextAttribute(
                new SessionCookieRequest(cookie.getValue()), context);
        // An ended, idle or unknown session is no session: the request goes on anonymously, and a page that needs a
        // signed-in user sends it to the login page.
        return identities.authenticate(request).onFailure(AuthenticationFailedException.class).recoverWithNull();
    }

    /** No challenge of its own: the login page is where Vaadin's access control sends anonymous users. */
    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().nullItem();
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(SessionCookieRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(
                new HttpCredentialTransport(HttpCredentialTransport.Type.COOKIE, WebSessions.COOKIE));
    }
}
