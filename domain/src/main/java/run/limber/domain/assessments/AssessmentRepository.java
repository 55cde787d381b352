package run.limber.domain.assessments;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import run.limber.domain.shared.PageRequest;

@ApplicationScoped
class AssessmentRepository implements PanacheRepositoryBase<MobilityAssessment, UUID> {

    /** Newest first. */
    List<MobilityAssessment> page(long accountId, PageRequest page) {
        return find("accountId", Sort.descending("takenAt").and("id"), accountId)
                .page(page.page(), page.size()).list();
    }

    long countOf(long accountId) {
        return count("accountId", accountId);
    }

    /** Oldest first, for charts; a runner tests every few weeks, so a lifetime of tests is a short list. */
    List<MobilityAssessment> allOf(long accountId) {
        return find("accountId", Sort.ascending("takenAt").and("id"), accountId).list();
    }

    /** Another runner's test is as absent as one that never existed. */
    Optional<MobilityAssessment> findOwn(UUID id, long accountId) {
        return find("id = ?1 and accountId = ?2", id, accountId).firstResultOptional();
    }
}
