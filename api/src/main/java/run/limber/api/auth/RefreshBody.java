package run.limber.api.auth;

/** A refresh token to swap for new tokens, or to revoke. */
public record RefreshBody(String refreshToken) {
}
