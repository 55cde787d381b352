package run.limber.deploy.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** The token of a web UI session, as the {@code limber_session} cookie carried it. */
final class SessionCookieRequest extends BaseAuthenticationRequest {

    private final String token;

    SessionCookieRequest(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }
}
