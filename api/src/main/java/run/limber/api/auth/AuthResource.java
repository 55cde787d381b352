package run.limber.api.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import run.limber.api.base.ApiAuthentication;
import run.limber.api.base.ErrorResponses;
import run.limber.api.me.AccountBody;
import run.limber.domain.accounts.AccountService;
import run.limber.domain.accounts.AccountSummary;
import run.limber.domain.accounts.RefreshTokens;
import run.limber.domain.accounts.Registration;

/**
 * Registering and signing in for API clients. Endpoints that check a password run on virtual threads: a flood of them
 * waits for its turn to hash without taking the worker threads that every other request needs.
 */
@HttpAuthenticationMechanism(ApiAuthentication.BEARER)
@Path("/api/v1/auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sign-in", description = "Accounts and tokens for API clients")
@PermitAll
class AuthResource {

    private static final String BODY_REQUIRED = "a JSON body is required";

    private final AccountService accounts;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final SecurityIdentity identity;

    AuthResource(AccountService accounts, RefreshTokens refreshTokens, AccessTokens accessTokens,
                 SecurityIdentity identity) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.identity = identity;
    }

    @POST
    @Path("/register")
    @Operation(summary = "Create an account", operationId = "registerAccount",
            description = "Then sign in with POST /api/v1/auth/token. One address may ask for 30 accounts an hour,"
                    + " refused ones included (429 beyond).")
    @APIResponseSchema(value = AccountBody.class, responseCode = "201",
            responseDescription = "The new account; Location points to /api/v1/me")
    @ErrorResponses.InvalidFields
    @ErrorResponses.TooManyRequests
    @ErrorResponses.PasswordChecksBusy
    @RunOnVirtualThread
    public RestResponse<AccountBody> register(@NotNull(message = BODY_REQUIRED) RegistrationBody body) {
        var account = accounts.register(
                new Registration(body.email(), body.password(), body.displayName(), body.timeZone()));
        var created = AccountBody.of(account);
        return RestResponse.ResponseBuilder.<AccountBody>created(URI.create("/api/v1/me")).entity(created).build();
    }

    @POST
    @Path("/token")
    @Operation(summary = "Sign in: swap an email and password for an access token and a refresh token",
            operationId = "signIn",
            description = "A wrong password and an unknown email get the same answer. After 10 failures for one"
                    + " account, or 100 from one address, within 15 minutes, sign-ins wait (429).")
    @APIResponseSchema(value = TokenBody.class, responseDescription = "Signed in")
    @ErrorResponses.Unauthorized
    @ErrorResponses.InvalidFields
    @ErrorResponses.TooManyRequests
    @ErrorResponses.PasswordChecksBusy
    @RunOnVirtualThread
    public TokenBody token(@NotNull(message = BODY_REQUIRED) CredentialsBody body) {
        var account = accounts.authenticate(body.email(), body.password());
        return tokens(account, refreshTokens.issue(account.id()));
    }

    @POST
    @Path("/refresh")
    @Operation(summary = "Swap a refresh token for a new access token and the next refresh token",
            operationId = "refreshToken",
            description = "Each refresh token works once. Sending a used one again revokes its whole chain: whoever"
                    + " holds the newer token is signed out too.")
    @APIResponseSchema(value = TokenBody.class, responseDescription = "The next pair of tokens")
    @ErrorResponses.Unauthorized
    @ErrorResponses.InvalidFields
    public TokenBody refresh(@NotNull(message = BODY_REQUIRED) RefreshBody body) {
        var rotation = refreshTokens.rotate(body.refreshToken());
        return tokens(rotation.account(), rotation.refreshToken());
    }

    @POST
    @Path("/logout")
    @Operation(summary = "Sign out: revoke a refresh token and every token rotated from it", operationId = "signOut",
            description = "Access tokens already issued stay valid until they expire (at most a few minutes).")
    @APIResponse(responseCode = "204", description = "Revoked, or the token was unknown")
    @ErrorResponses.InvalidFields
    public void logout(@NotNull(message = BODY_REQUIRED) RefreshBody body) {
        refreshTokens.revoke(body.refreshToken());
        if (signedIn()) {
            accounts.loggedOut();
        }
    }

    private TokenBody tokens(AccountSummary account, String refreshToken) {
        return TokenBody.bearer(accessTokens.issue(account), accessTokens.lifetimeSeconds(), refreshToken);
    }

    /** Whether a valid access token came along; an expired one must not stop the sign-out. */
    private boolean signedIn() {
        try {
            return !identity.isAnonymous();
        } catch (AuthenticationFailedException e) {
            return false;
        }
    }
}
