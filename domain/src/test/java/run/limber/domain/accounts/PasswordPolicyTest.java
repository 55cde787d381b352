package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void eightCharactersOfAnythingAreEnough() {
        assertEquals(Optional.empty(), policy.problem("kn33 t0€"));
    }

    @Test
    void sevenAreNot() {
        assertEquals(Optional.of("Use at least 8 characters."), policy.problem("ankle77"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        assertEquals(Optional.empty(), policy.problem("🏃".repeat(8)));
        assertEquals(Optional.empty(), policy.problem("ü".repeat(PasswordPolicy.MAX_LENGTH)));
        assertEquals(Optional.of("Use at most 128 characters."), policy.problem("ü".repeat(PasswordPolicy.MAX_LENGTH + 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1", "PASSWORD1", "iloveyou", "12345678", "qwertyuiop"})
    void commonPasswordsAreRefusedInAnyCase(String common) {
        assertTrue(policy.problem(common).orElseThrow().contains("most common passwords"));
    }

    @Test
    void aLongPassphraseWithSpacesIsWelcome() {
        assertEquals(Optional.empty(), policy.problem("hips before ankles, then the long run on sunday"));
    }
}
