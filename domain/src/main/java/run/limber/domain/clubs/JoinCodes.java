package run.limber.domain.clubs;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Join codes: ten characters of Crockford's base32 (no I, L, O or U), about 50 random bits, so they are easy to read
 * out and type and impossible to guess. Typed codes are read leniently: any case, dashes and spaces ignored, and the
 * look-alikes I, L and O taken as 1, 1 and 0.
 */
final class JoinCodes {

    static final int LENGTH = 10;
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** Longer input cannot be a code and is not looked at. */
    static final int MAX_TYPED = 32;

    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {
    }

    static String newCode() {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code someone typed, as stored; empty text when it cannot be a code. */
    static String normalize(String typed) {
        if (typed == null || typed.length() > MAX_TYPED) {
            return "";
        }
        String code = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT)
                .replace('I', '1').replace('L', '1').replace('O', '0');
        return code.length() == LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? code : "";
    }
}
