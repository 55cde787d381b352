package run.limber.api.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Clubs, members and groups made straight in the database (the V10 tables), so assignment tests need no club API:
 * each test makes its own.
 */
@ApplicationScoped
public class ClubFixture {

    private final EntityManager entities;

    ClubFixture(EntityManager entities) {
        this.entities = entities;
    }

    /** A club with its owner. */
    @Transactional
    public long club(long owner, String timeZone) {
        long id = ((Number) entities.createNativeQuery("insert into club (name, time_zone, created_at)"
                        + " values (?1, ?2, ?3) returning id")
                .setParameter(1, "Club " + UUID.randomUUID().toString().substring(0, 8))
                .setParameter(2, timeZone).setParameter(3, Instant.now()).getSingleResult()).longValue();
        join(id, owner, "OWNER");
        return id;
    }

    public String name(long club) {
        return (String) entities.createNativeQuery("select name from club where id = ?1", String.class)
                .setParameter(1, club).getSingleResult();
    }

    @Transactional
    public void join(long club, long account, String role) {
        entities.createNativeQuery("insert into club_member (club_id, account_id, role, joined_at) values (?1, ?2, ?3, ?4)")
                .setParameter(1, club).setParameter(2, account).setParameter(3, role).setParameter(4, Instant.now())
                .executeUpdate();
    }

    @Transactional
    public long group(long club) {
        return ((Number) entities.createNativeQuery("insert into club_group (club_id, name, created_at)"
                        + " values (?1, ?2, ?3) returning id")
                .setParameter(1, club).setParameter(2, "Group " + UUID.randomUUID().toString().substring(0, 8))
                .setParameter(3, Instant.now()).getSingleResult()).longValue();
    }

    @Transactional
    public void addToGroup(long club, long group, long account) {
        entities.createNativeQuery("insert into club_group_member (group_id, club_id, account_id) values (?1, ?2, ?3)")
                .setParameter(1, group).setParameter(2, club).setParameter(3, account).executeUpdate();
    }

    /** Leaving the club: its groups and assignments for the member go with the membership. */
    @Transactional
    public void leave(long club, long account) {
        entities.createNativeQuery("delete from club_member where club_id = ?1 and account_id = ?2")
                .setParameter(1, club).setParameter(2, account).executeUpdate();
    }
}
