package run.limber.api.me;

/** The caller's password, confirming that the account is to go. */
public record DeletionBody(String password) {
}
