package run.limber.domain.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * OWASP ASVS level 2 password rules: 8 to 128 characters of anything (spaces and any script
 * included), and not one of the 10,000 most common passwords.
 */
@ApplicationScoped
class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    private static final String COMMON = "security/common-passwords.txt";

    private final Set<String> common = load();

    /** What is wrong with the password, or empty when it may be used. */
    Optional<String> problem(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This is one of the most common passwords; choose one that is harder to guess.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        var in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON);
        if (in == null) {
            throw new IllegalStateException(COMMON + " is missing from the build");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.startsWith("#")).map(String::strip)
                    .filter(line -> !line.isEmpty()).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
