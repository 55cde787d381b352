package run.limber.domain.clubs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Email invitations in plain SQL: only the hash of a link's token is kept. */
@ApplicationScoped
class InvitationRepository {

    private final EntityManager entities;

    InvitationRepository(EntityManager entities) {
        this.entities = entities;
    }

    /** An invitation as its link finds it. */
    record Invitation(long id, long clubId, String email, Instant expiresAt, boolean accepted) {
    }

    long insert(long clubId, String email, String tokenHash, long invitedBy, Instant now, Instant expiresAt) {
        return ((Number) entities.createNativeQuery("""
                        insert into club_invitation (club_id, email, token_hash, invited_by, created_at, expires_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6) returning id""")
                .setParameter(1, clubId).setParameter(2, email).setParameter(3, tokenHash).setParameter(4, invitedBy)
                .setParameter(5, Timestamp.from(now)).setParameter(6, Timestamp.from(expiresAt))
                .getSingleResult()).longValue();
    }

    /** The club's invitations sent since {@code since}, oldest first: the first is the next to leave the window. */
    Optional<Instant> oldestSince(long clubId, Instant since, int count) {
        var sent = entities.createNativeQuery("""
                        select created_at from club_invitation where club_id = ?1 and created_at > ?2
                        order by created_at""")
                .setParameter(1, clubId).setParameter(2, Timestamp.from(since)).setMaxResults(count).getResultList();
        return sent.size() < count ? Optional.empty() : Optional.of(instant(sent.getFirst()));
    }

    /** Locked, so a link accepted twice at once admits once. */
    Optional<Invitation> findForUpdate(String tokenHash) {
        return entities.createNativeQuery("""
                        select id, club_id, email, expires_at, accepted_at is not null from club_invitation
                        where token_hash = ?1 for update""", Object[].class)
                .setParameter(1, tokenHash).getResultList().stream().findFirst().map(row -> {
                    var cells = (Object[]) row;
                    return new Invitation(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue(),
                            (String) cells[2], instant(cells[3]), (Boolean) cells[4]);
                });
    }

    void accepted(long id, Instant now) {
        entities.createNativeQuery("update club_invitation set accepted_at = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, Timestamp.from(now)).executeUpdate();
    }

    /** The driver hands timestamptz columns of native queries over as one of these, depending on its version. */
    private static Instant instant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            default -> throw new IllegalStateException("Not a point in time: " + value.getClass());
        };
    }
}
