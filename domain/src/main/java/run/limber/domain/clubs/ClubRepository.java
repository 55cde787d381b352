package run.limber.domain.clubs;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import run.limber.domain.shared.PageRequest;

@ApplicationScoped
class ClubRepository implements PanacheRepository<Club> {

    /**
     * Locked: every change of who owns or coaches a club, and its deletion, takes this lock first, so such changes
     * happen one after the other and a club never ends up with two owners or none.
     */
    Optional<Club> findForUpdate(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * The club behind a join code, share-locked so it cannot be deleted between this look-up and the membership that
     * follows (a deleted club is then simply not found).
     */
    Optional<Club> findByJoinCodeShared(String code) {
        return find("joinCode", code).withLock(LockModeType.PESSIMISTIC_READ).firstResultOptional();
    }

    Optional<Club> findByJoinCode(String code) {
        return find("joinCode", code).firstResultOptional();
    }

    boolean codeInUse(String code) {
        return count("joinCode", code) > 0;
    }

    long memberCount(long clubId) {
        return getEntityManager().createQuery("select count(m) from ClubMember m where m.clubId = :club", Long.class)
                .setParameter("club", clubId).getSingleResult();
    }

    /** Who coaches the club, owner first: display names only, as a runner sees them before joining. */
    List<String> coachNames(long clubId) {
        return getEntityManager().createNativeQuery("""
                        select a.display_name from club_member m join account a on a.id = m.account_id
                        where m.club_id = ?1 and m.role in ('OWNER', 'COACH')
                        order by m.role = 'OWNER' desc, lower(a.display_name), a.id""", String.class)
                .setParameter(1, clubId).getResultList();
    }

    /** The caller's clubs with their role and member count, by name. */
    List<Object[]> ofMember(long accountId, PageRequest page) {
        return getEntityManager().createQuery("""
                        select c, m.role, (select count(o) from ClubMember o where o.clubId = c.id)
                        from Club c, ClubMember m where m.clubId = c.id and m.accountId = :account
                        order by lower(c.name), c.id""", Object[].class)
                .setParameter("account", accountId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    long countOfMember(long accountId) {
        return getEntityManager().createQuery("select count(m) from ClubMember m where m.accountId = :account",
                Long.class).setParameter("account", accountId).getSingleResult();
    }

    /** Every club for platform admins, newest first: names and counts, nothing about the members. */
    List<ClubListing> listing(PageRequest page) {
        return getEntityManager().createQuery("""
                        select new run.limber.domain.clubs.ClubListing(c.id, c.name, c.timeZone,
                            (select count(m) from ClubMember m where m.clubId = c.id), c.createdAt)
                        from Club c order by c.createdAt desc, c.id desc""", ClubListing.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }

    /** Deletes the club; its members, groups, invitations and assignments go with it (foreign keys cascade). */
    void deleteClub(long clubId) {
        getEntityManager().createNativeQuery("delete from club where id = ?1").setParameter(1, clubId).executeUpdate();
    }
}
