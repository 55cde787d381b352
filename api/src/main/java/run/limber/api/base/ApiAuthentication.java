package run.limber.api.base;

/**
 * The API's one rule for credentials: bearer tokens only, never the web UI's session cookie. Every resource class
 * carries {@code @HttpAuthenticationMechanism(ApiAuthentication.BEARER)} (ArchitectureTest checks it), so Quarkus picks
 * the mechanism after the REST router has matched the request: whatever spelling of a path the router hands to the API
 * (matrix parameters, percent-encoding, dot segments), the cookie is not even looked at, and a page on another site
 * cannot make a browser call the API as its user.
 */
public final class ApiAuthentication {

    /** The authentication scheme of smallrye-jwt's bearer token mechanism. */
    public static final String BEARER = "Bearer";

    /**
     * The bearer scheme's name in the OpenAPI document (quarkus.smallrye-openapi.security-scheme-name): every protected
     * resource class names it in {@code @SecurityRequirement}, public ones do not.
     */
    public static final String SCHEME = "bearer";

    private ApiAuthentication() {
    }
}
