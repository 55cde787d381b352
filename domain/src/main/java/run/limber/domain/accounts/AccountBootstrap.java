package run.limber.domain.accounts;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The first accounts: in demo mode the four demo accounts; otherwise the platform admin named by
 * LIMBER_ADMIN_EMAIL and LIMBER_ADMIN_PASSWORD, when there is no admin yet. Instances starting together on an empty
 * database take turns (an advisory lock), so the second finds the accounts the first made instead of failing on them.
 */
@ApplicationScoped
class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class);

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final AccountSettings settings;
    private final Clock clock;

    AccountBootstrap(AccountRepository accounts, PasswordHasher hasher, PasswordPolicy passwords,
                     AccountSettings settings, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.passwords = passwords;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    void onStart(@Observes StartupEvent event) {
        accounts.waitForBootstrapTurn();
        if (settings.demoMode()) {
            DemoAccounts.EMAILS.forEach(email -> createIfMissing(email, DemoAccounts.NAMES.get(email),
                    DemoAccounts.PASSWORD, DemoAccounts.ROLES.get(email)));
            LOG.infof("Demo mode is on: sign in as %s with the password '%s'. Never use demo mode for real users.",
                    String.join(", ", DemoAccounts.EMAILS), DemoAccounts.PASSWORD);
        }
        if (settings.adminEmail().isPresent() && !accounts.anyWithRole(Role.ADMIN)) {
            createFirstAdmin(settings.adminEmail().get(), settings.adminPassword().orElse(""));
        }
    }

    private void createFirstAdmin(String email, String password) {
        var normalized = AccountRules.normalizeEmail(email);
        var problem = AccountRules.email(normalized).map(p -> "LIMBER_ADMIN_EMAIL: " + p.message())
                .or(() -> passwords.problem(password).map(message -> "LIMBER_ADMIN_PASSWORD: " + message));
        if (problem.isPresent()) {
            throw new IllegalStateException("Cannot create the first admin. " + problem.get());
        }
        createIfMissing(normalized, "Admin", password, Set.of(Role.RUNNER, Role.EDITOR, Role.ADMIN));
        LOG.infof("Created the first platform admin, %s", normalized);
    }

    private void createIfMissing(String email, String name, String password, Set<Role> roles) {
        if (accounts.findByEmail(email).isEmpty()) {
            var account = new Account(email, name, "UTC", hasher.hash(password), clock.instant());
            account.assignRoles(roles);
            accounts.persist(account);
        }
    }
}
