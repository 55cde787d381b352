package run.limber.domain.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** On an external database there is no demo mode; the first admin comes from the environment. */
@QuarkusTest
@TestProfile(FirstAdminTest.ExternalDatabase.class)
class FirstAdminTest {

    private static final String PASSPHRASE = "the very first admin of limber";
    private static final String ADMIN = "first.admin@example.org";

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

    @Inject
    AccountBootstrap bootstrap;

    @Inject
    AccountRepository repository;

    @Test
    void theFirstAdminComesFromTheEnvironment() {
        var admin = accounts.authenticate(ADMIN, PASSPHRASE);
        assertEquals(Set.of(Role.RUNNER, Role.EDITOR, Role.ADMIN), admin.roles());
    }

    @Test
    void withoutDemoModeThereAreNoDemoAccounts() {
        assertThrows(InvalidCredentialsException.class,
                () -> accounts.authenticate(DemoAccounts.ADMIN, DemoAccounts.PASSWORD));
    }

    /** Two instances starting at once on an empty database: both come up, and there is one admin. */
    @Test
    void twoStartsAtOnceMakeTheFirstAdminOnce() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> repository.findByEmail(ADMIN).ifPresent(repository::delete));
        var together = new CyclicBarrier(2);
        try (var starts = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> started = List.of(starts.submit(() -> start(together)),
                    starts.submit(() -> start(together)));
            for (var start : started) {
                start.get(60, TimeUnit.SECONDS);
            }
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> repository.count("email", ADMIN)));
        theFirstAdminComesFromTheEnvironment();
    }

    private Object start(CyclicBarrier together) throws Exception {
        together.await();
        bootstrap.onStart(null);
        return null;
    }
}
