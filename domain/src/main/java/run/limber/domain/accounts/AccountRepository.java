package run.limber.domain.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class AccountRepository implements PanacheRepository<Account> {

    Optional<Account> findByEmail(String normalizedEmail) {
        return find("email", normalizedEmail).firstResultOptional();
    }

    boolean anyWithRole(Role role) {
        return count("?1 member of roles", role) > 0;
    }

    /**
     * Waits for a transaction-scoped advisory lock, named by the table, that only the start-up creation of the first
     * accounts takes.
     */
    void waitForBootstrapTurn() {
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(hashtext('account')) as text)")
                .getSingleResult();
    }
}
