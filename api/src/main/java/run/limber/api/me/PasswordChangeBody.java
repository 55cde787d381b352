package run.limber.api.me;

/** The current password, to prove it is really the owner, and the new one. */
public record PasswordChangeBody(String currentPassword, String newPassword) {
}
