package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1);

    @Test
    void aPasswordMatchesItsOwnHashOnly() {
        String hash = hasher.hash("open books on the floor");
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertTrue(hasher.matches("open books on the floor", hash));
        assertFalse(hasher.matches("open books on the floor!", hash));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void everyCharacterOfALongPassphraseCounts() {
        String base = "a".repeat(100);
        String hash = hasher.hash(base + "1");
        assertFalse(hasher.matches(base + "2", hash), "no truncation at 72 bytes as with bcrypt");
    }

    @Test
    void hashesInsideATurnTakeNoSecondPermit() {
        // One permit: a hash that waited for a second one inside its own turn would be refused as busy.
        String hash = hasher.inTurn(() -> hasher.hash("inside a sign-in's turn"));
        assertTrue(hasher.inTurn(() -> hasher.matches("inside a sign-in's turn", hash)));
    }

    @Test
    void anUnknownAccountNeverMatches() {
        assertFalse(hasher.matchesNothing("decoy password for unknown accounts"));
    }
}
