package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountRulesTest {

    @Test
    void emailsAreComparedLowerCaseAndTrimmed() {
        assertEquals("sam@example.org", AccountRules.normalizeEmail("  Sam@Example.ORG "));
    }

    @Test
    void anEmailNeedsAnAtAndADomain() {
        assertTrue(AccountRules.email("sam@example.org").isEmpty());
        assertTrue(AccountRules.email("sam.example.org").isPresent());
        assertTrue(AccountRules.email("sam@localhost").isPresent());
        assertTrue(AccountRules.email("").isPresent());
    }

    @Test
    void timeZonesAreRegionNames() {
        assertTrue(AccountRules.timeZone("Europe/Berlin").isEmpty());
        assertTrue(AccountRules.timeZone("UTC").isEmpty());
        assertTrue(AccountRules.timeZone("Mars/Olympus_Mons").isPresent());
        assertTrue(AccountRules.timeZone("+02:00").isPresent());
    }

    @Test
    void displayNamesAreNeededAndShort() {
        assertTrue(AccountRules.displayName("Riley").isEmpty());
        assertTrue(AccountRules.displayName("  ").isPresent());
        assertTrue(AccountRules.displayName("x".repeat(81)).isPresent());
    }
}
