package run.limber.domain.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Argon2id password hashing (OWASP's recommended parameters: 19 MiB, 2 passes). Unlike bcrypt it
 * reads every byte of a long passphrase, so nothing is silently truncated.
 */
@ApplicationScoped
class PasswordHasher {

    private static final Argon2Function ARGON2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);
    /** Checked when the email is unknown, so the answer takes as long as for a real account. */
    private static final String DECOY = ARGON2.hash("decoy password for unknown accounts").getResult();

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    boolean matches(String password, String hash) {
        return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
    }

    /** Spends the same effort as {@link #matches} and always fails. */
    boolean matchesNothing(String password) {
        matches(password, DECOY);
        return false;
    }
}
