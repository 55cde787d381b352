package run.limber.domain.accounts;

/**
 * Sign-in failed. The message is the same for a wrong password, an unknown email, a disabled
 * account or a bad token, so it never tells anyone which accounts exist.
 */
public class InvalidCredentialsException extends RuntimeException {

    public InvalidCredentialsException() {
        super("Email or password is wrong.");
    }
}
