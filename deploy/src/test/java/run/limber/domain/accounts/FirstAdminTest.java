package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** On an external database there is no demo mode; the first admin comes from the environment. */
@QuarkusTest
@TestProfile(FirstAdminTest.ExternalDatabase.class)
class FirstAdminTest {

    private static final String PASSPHRASE = "the very first admin of limber";

    public static class ExternalDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("limber.accounts.demo-mode", "false",
                    "limber.accounts.admin-email", " First.Admin@Example.org ",
                    "limber.accounts.admin-password", PASSPHRASE);
        }
    }

    @Inject
    AccountService accounts;

    @Test
    void theFirstAdminComesFromTheEnvironment() {
        var admin = accounts.authenticate("first.admin@example.org", PASSPHRASE);
        assertEquals(Set.of(Role.RUNNER, Role.EDITOR, Role.ADMIN), admin.roles());
    }

    @Test
    void withoutDemoModeThereAreNoDemoAccounts() {
        assertThrows(InvalidCredentialsException.class,
                () -> accounts.authenticate(DemoAccounts.ADMIN, DemoAccounts.PASSWORD));
    }
}
