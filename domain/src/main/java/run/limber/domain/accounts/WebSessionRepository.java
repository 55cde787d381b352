package run.limber.domain.accounts;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

@ApplicationScoped
class WebSessionRepository implements PanacheRepository<WebSession> {

    Optional<WebSession> findByTokenHash(String hash) {
        return find("tokenHash", hash).firstResultOptional();
    }

    void deleteAllOf(long accountId) {
        delete("account.id", accountId);
    }
}
