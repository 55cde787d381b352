package run.limber.domain.clubs.shares;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import run.limber.domain.clubs.ClubAccess;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;

/**
 * A coach's (or the owner's) view of one member of their club, never more than the member shares: the day and routine
 * of their sessions of the routines the club assigns them, with note, ease and pain as shared (no list when none is),
 * and their self-tests if shared. Each read
 * is a fixed handful of statements: the caller's role, the member, a page and its count.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class MemberShares {

    private final ClubAccess access;
    private final ShareReader reader;

    MemberShares(ClubAccess access, ShareReader reader) {
        this.access = access;
        this.reader = reader;
    }

    /** Who they are and what they share; not found when the account is not in the club. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SharedMember member(long clubId, long accountId) {
        access.require(clubId, ClubRole.COACH);
        return reader.member(clubId, accountId).view();
    }

    /**
     * Their sessions that count towards the club's assignments, since the day they joined, newest first: the club's
     * training, not their whole log. Listed only to carry a note, ease or pain they share; otherwise an empty page
     * whose sharing says so, as joining alone shares counts, not the days.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SharedSessions sessions(long clubId, long accountId, PageRequest page) {
        access.require(clubId, ClubRole.COACH);
        var member = reader.member(clubId, accountId);
        if (!member.sharing().sessionsVisible()) {
            return new SharedSessions(member.sharing(), empty(page));
        }
        return new SharedSessions(member.sharing(), reader.sessions(member, page));
    }

    /** Their self-tests, newest first, when they share them; otherwise an empty page that says so. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public SharedSelfTests selfTests(long clubId, long accountId, PageRequest page) {
        access.require(clubId, ClubRole.COACH);
        var shared = reader.member(clubId, accountId).sharing();
        if (!shared.selfTestsVisible()) {
            return new SharedSelfTests(false, empty(page));
        }
        return new SharedSelfTests(true, reader.selfTests(accountId, shared.selfTestNotesVisible(), page));
    }

    private static <T> Page<T> empty(PageRequest page) {
        return new Page<>(List.of(), page.page(), page.size(), 0);
    }
}
