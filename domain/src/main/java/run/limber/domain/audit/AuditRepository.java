package run.limber.domain.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** Stores audit events and answers the questions throttling asks of them. */
@ApplicationScoped
class AuditRepository implements PanacheRepository<AuditEvent> {

    /** When the n-th most recent entry of these types for this subject (or address) since {@code since} was written. */
    Optional<Instant> nthRecent(String column, String value, Set<AuditType> types, Instant since, int n,
                                boolean sinceLastReset) {
        String afterReset = sinceLastReset
                ? " and not exists (select r.id from AuditEvent r where r.type = :reset and r.subject = e.subject"
                + " and r.at > e.at)"
                : "";
        var query = getEntityManager()
                .createQuery("select e.at from AuditEvent e where e.type in :types and e." + column + " = :value"
                        + " and e.at > :since" + afterReset + " order by e.at desc", Instant.class)
                .setParameter("types", types)
                .setParameter("value", value)
                .setParameter("since", since);
        if (sinceLastReset) {
            query.setParameter("reset", AuditType.PASSWORD_RESET);
        }
        return query.setFirstResult(n - 1).setMaxResults(1).getResultStream().findFirst();
    }

    /** A transaction-scoped advisory lock; two 32-bit keys from the strings (a collision only makes callers wait). */
    void lockUntilCommit(String name, String value) {
        getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext(?1), hashtext(?2))")
                .setParameter(1, name)
                .setParameter(2, value)
                .getSingleResult();
    }
}
