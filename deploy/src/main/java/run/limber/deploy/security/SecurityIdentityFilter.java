package run.limber.deploy.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Optional;

/**
 * Shows servlets, and so Vaadin, the request's Quarkus identity through {@code getUserPrincipal()},
 * {@code isUserInRole()} and {@code getRemoteUser()}.
 * <p>
 * Quarkus hands its identity to servlets only with proactive authentication, which Limber turns off: proactively, a
 * stale bearer token would fail every request it came with, public ones and sign-outs included, before the API could
 * answer with a problem document, and every static file would look its session up. Here the identity is resolved the
 * first time a servlet asks for it, once per request.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
class SecurityIdentityFilter extends HttpFilter {

    private final CurrentIdentityAssociation identities;

    SecurityIdentityFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new IdentityRequest(request), response);
    }

    private final class IdentityRequest extends HttpServletRequestWrapper {

        IdentityRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Principal getUserPrincipal() {
            return identity().filter(identity -> !identity.isAnonymous())
                    .map(SecurityIdentity::getPrincipal)
                    .orElse(null);
        }

        @Override
        public String getRemoteUser() {
            var principal = getUserPrincipal();
            return principal == null ? null : principal.getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity().map(identity -> identity.hasRole(role)).orElse(false);
        }

        /** Empty when the credentials do not hold (an expired bearer token on a page): then it is anonymous. */
        private Optional<SecurityIdentity> identity() {
            try {
                return Optional.of(identities.getIdentity());
            } catch (AuthenticationFailedException e) {
                return Optional.empty();
            }
        }
    }
}
