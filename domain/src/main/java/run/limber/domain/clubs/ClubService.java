package run.limber.domain.clubs;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.NotPermittedException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.PublicLinks;
import run.limber.domain.shared.StaleVersionException;

/**
 * Clubs as their people see them: creating one (its creator owns it), one's own clubs, a club's details, and what
 * coaches and the owner change about it. Every method starts with {@link ClubAccess}: a club the caller is not in is
 * not found.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class ClubService {

    private static final int CODE_TRIES = 5;

    private final ClubRepository clubs;
    private final ClubMemberRepository members;
    private final ClubAccess access;
    private final ClubLock lock;
    private final ClubSettings settings;
    private final SecurityIdentity identity;
    private final PublicLinks links;
    private final Clock clock;

    ClubService(ClubRepository clubs, ClubMemberRepository members, ClubAccess access, ClubLock lock,
                ClubSettings settings, SecurityIdentity identity, PublicLinks links, Clock clock) {
        this.clubs = clubs;
        this.members = members;
        this.access = access;
        this.lock = lock;
        this.settings = settings;
        this.identity = identity;
        this.links = links;
        this.clock = clock;
    }

    /** Creates a club owned by the caller, with joining by code on. Refused when only admins may create clubs. */
    @Transactional
    public ClubDetails create(String name, String timeZone, String description) {
        ClubRules.checkCreator(settings.creators(), identity.hasRole("ADMIN"));
        var details = ClubRules.check(name, timeZone, description);
        var now = clock.instant();
        var club = new Club(details, unusedCode(), now);
        clubs.persist(club);
        members.persist(new ClubMember(club.id(), access.callerId(), ClubRole.OWNER, SharingChoices.NOTHING_MORE, now));
        clubs.flush();
        return details(club, ClubRole.OWNER, 1);
    }

    /** The caller's clubs, each with their role in it, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClubDetails> mine(PageRequest page) {
        long caller = access.callerId();
        var items = clubs.ofMember(caller, page).stream()
                .map(row -> details((Club) row[0], (ClubRole) row[1], (Long) row[2])).toList();
        return new Page<>(items, page.page(), page.size(), clubs.countOfMember(caller));
    }

    /** Any member sees the club; coaches and the owner also its join code and link. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClubDetails get(long clubId) {
        var role = access.roleIn(clubId);
        return details(club(clubId), role, clubs.memberCount(clubId));
    }

    /** Coaches and the owner change the name, time zone and description, based on the version they read. */
    @Transactional
    public ClubDetails update(long clubId, long version, String name, String timeZone, String description) {
        var role = access.require(clubId, ClubRole.COACH);
        var details = ClubRules.check(name, timeZone, description);
        var club = club(clubId);
        if (club.version() != version) {
            throw new StaleVersionException("The club", version, club.version());
        }
        club.describe(details);
        clubs.flush();
        return details(club, role, clubs.memberCount(clubId));
    }

    /** The owner deletes the club with everything in it: memberships, groups, invitations, assignments. */
    @Transactional
    public void delete(long clubId) {
        if (lock.callerIn(clubId).role() != ClubRole.OWNER) { // read under the lock: a hand-over may have just run
            throw new NotPermittedException("Only the club's owner may do this.");
        }
        clubs.deleteClub(clubId);
    }

    /** A new join code (switching joining by code on if it was off); the old code and link stop working at once. */
    @Transactional
    public ClubDetails rotateJoinCode(long clubId) {
        var role = access.require(clubId, ClubRole.COACH);
        var club = club(clubId);
        club.joinWith(unusedCode());
        clubs.flush();
        return details(club, role, clubs.memberCount(clubId));
    }

    /** Switches joining by code off: the code and link stop working; invitations still do. */
    @Transactional
    public ClubDetails closeJoining(long clubId) {
        var role = access.require(clubId, ClubRole.COACH);
        var club = club(clubId);
        club.closeJoining();
        clubs.flush();
        return details(club, role, clubs.memberCount(clubId));
    }

    private Club club(long clubId) {
        return clubs.findByIdOptional(clubId).orElseThrow(() -> new NoSuchEntryException("club", "#" + clubId));
    }

    /** 50 random bits make a clash all but impossible; checking keeps even that from failing a request. */
    private String unusedCode() {
        for (int i = 0; i < CODE_TRIES; i++) {
            String code = JoinCodes.newCode();
            if (!clubs.codeInUse(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No unused join code after " + CODE_TRIES + " tries");
    }

    private ClubDetails details(Club club, ClubRole role, long memberCount) {
        var code = role.atLeast(ClubRole.COACH) ? club.joinCode() : Optional.<String>empty();
        return new ClubDetails(club.id(), club.name(), club.timeZone(), club.description(), club.createdAt(), role,
                memberCount, code.orElse(null), code.map(c -> links.to("clubs/join/" + c)).orElse(null),
                club.version());
    }
}
