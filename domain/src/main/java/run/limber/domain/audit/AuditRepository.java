package run.limber.domain.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Stores audit events and answers the questions sign-in throttling asks of them. */
@ApplicationScoped
class AuditRepository implements PanacheRepository<AuditEvent> {

    /** When the n-th most recent failed sign-in for this subject (or address) since {@code since} happened. */
    Optional<Instant> nthRecentFailure(String column, String value, Instant since, int n) {
        return getEntityManager()
                .createQuery("select e.at from AuditEvent e where e.type = :type and e." + column + " = :value"
                        + " and e.at > :since order by e.at desc", Instant.class)
                .setParameter("type", AuditType.LOGIN_FAILED)
                .setParameter("value", value)
                .setParameter("since", since)
                .setFirstResult(n - 1)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
