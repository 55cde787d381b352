package run.limber.domain.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class MediaRepository implements PanacheRepositoryBase<Media, UUID> {

    Optional<Media> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    /** Which of these ids are stored, in one query. */
    List<UUID> existing(Collection<UUID> ids) {
        return getEntityManager().createQuery("select m.id from Media m where m.id in :ids", UUID.class)
                .setParameter("ids", ids).getResultList();
    }
}
