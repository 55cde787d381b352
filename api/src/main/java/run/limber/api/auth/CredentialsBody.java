package run.limber.api.auth;

/** An email and password to sign in with. */
public record CredentialsBody(String email, String password) {
}
