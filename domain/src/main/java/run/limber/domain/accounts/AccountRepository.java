package run.limber.domain.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class AccountRepository implements PanacheRepository<Account> {

    private static final long BOOTSTRAP_LOCK = 0x4c696d6265724142L; // "LimberAB"

    Optional<Account> findByEmail(String normalizedEmail) {
        return find("email", normalizedEmail).firstResultOptional();
    }

    boolean anyWithRole(Role role) {
        return count("?1 member of roles", role) > 0;
    }

    /** Waits for a transaction-scoped advisory lock that only the start-up creation of the first accounts takes. */
    void waitForBootstrapTurn() {
        getEntityManager().createNativeQuery("select cast(pg_advisory_xact_lock(?1) as text)")
                .setParameter(1, BOOTSTRAP_LOCK).getSingleResult();
    }
}
