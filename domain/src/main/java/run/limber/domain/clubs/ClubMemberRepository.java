package run.limber.domain.clubs;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ClubMemberRepository implements PanacheRepositoryBase<ClubMember, ClubMemberId> {

    Optional<ClubMember> find(long clubId, long accountId) {
        return findByIdOptional(new ClubMemberId(clubId, accountId));
    }

    /**
     * Locked before it is changed: a member changing their sharing choices while the owner changes their role then
     * waits its turn instead of failing on the row's version.
     */
    Optional<ClubMember> findForUpdate(long clubId, long accountId) {
        return findByIdOptional(new ClubMemberId(clubId, accountId), LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Adds the membership unless the account is in the club already, in one statement: of many joins sent at once by
     * one account exactly one inserts. False when it was a member already.
     */
    boolean insertIfAbsent(ClubMember member) {
        var sharing = member.sharing();
        return getEntityManager().createNativeQuery("""
                        insert into club_member (club_id, account_id, role, joined_at, share_notes, share_ease,
                            share_pain, share_self_tests, share_email)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing""")
                .setParameter(1, member.clubId()).setParameter(2, member.accountId())
                .setParameter(3, member.role().name()).setParameter(4, Timestamp.from(member.joinedAt()))
                .setParameter(5, sharing.notes()).setParameter(6, sharing.ease()).setParameter(7, sharing.pain())
                .setParameter(8, sharing.selfTests()).setParameter(9, sharing.email())
                .executeUpdate() == 1;
    }

    /**
     * Who takes a club on when its owner goes: the longest-standing coach, else the longest-standing member.
     */
    Optional<ClubMember> successor(long clubId, long leavingOwner) {
        return find("""
                from ClubMember where clubId = ?1 and accountId <> ?2
                order by case when role = run.limber.domain.clubs.ClubRole.COACH then 0 else 1 end, joinedAt, accountId""",
                clubId, leavingOwner).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    List<Long> clubsOwnedBy(long accountId) {
        return find("accountId = ?1 and role = ?2", accountId, ClubRole.OWNER).stream().map(ClubMember::clubId).toList();
    }

    long othersIn(long clubId, long accountId) {
        return count("clubId = ?1 and accountId <> ?2", clubId, accountId);
    }

    /** The account's memberships with the clubs' names, by name. */
    List<Membership> membershipsOf(long accountId) {
        return getEntityManager().createQuery("""
                        select m, c.name from ClubMember m, Club c where c.id = m.clubId and m.accountId = :account
                        order by lower(c.name), c.id""", Object[].class)
                .setParameter("account", accountId).getResultStream()
                .map(row -> ((ClubMember) row[0]).of((String) row[1])).toList();
    }
}
