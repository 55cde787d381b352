package run.limber.domain.clubs.assignments;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import run.limber.domain.clubs.ClubAccess;
import run.limber.domain.clubs.ClubRole;
import run.limber.domain.routines.RoutinePins;
import run.limber.domain.shared.ConflictException;
import run.limber.domain.shared.NoSuchEntryException;
import run.limber.domain.shared.Page;
import run.limber.domain.shared.PageRequest;
import run.limber.domain.shared.Slug;
import run.limber.domain.shared.StaleVersionException;
import run.limber.domain.shared.ValidationException;
import run.limber.domain.shared.ValidationException.FieldProblem;

/**
 * A club's assignments, for its coaches: assign a routine pinned to what is published now, change when it is done
 * (never what it plays), end it keeping its history, and move it to what is published now. Every method starts with
 * the caller's role in the club.
 */
@ApplicationScoped
@RolesAllowed("RUNNER")
public class AssignmentService {

    private final ClubAccess access;
    private final AssignmentRepository assignments;
    private final NoticeRepository notices;
    private final RoutinePins pins;
    private final EntityManager entities;
    private final Clock clock;

    AssignmentService(ClubAccess access, AssignmentRepository assignments, NoticeRepository notices, RoutinePins pins,
                      EntityManager entities, Clock clock) {
        this.access = access;
        this.assignments = assignments;
        this.notices = notices;
        this.pins = pins;
        this.entities = entities;
        this.clock = clock;
    }

    /** Assigns a published routine to a group or a member of the club, pinned to its revisions published now. */
    @Transactional
    public Assignment assign(long clubId, NewAssignment assignment) {
        access.require(clubId, ClubRole.COACH);
        LocalDate today = today(clubId);
        var problems = AssignmentRules.check(assignment, today);
        if (assignment.groupId() != null && !exists("select 1 from club_group where id = ?1 and club_id = ?2",
                assignment.groupId(), clubId)) {
            problems.add(new FieldProblem("groupId", "No group " + assignment.groupId() + " in this club."));
        }
        if (assignment.memberId() != null && !exists(
                "select 1 from club_member where account_id = ?1 and club_id = ?2", assignment.memberId(), clubId)) {
            problems.add(new FieldProblem("memberId", "No member " + assignment.memberId() + " in this club."));
        }
        var pin = Optional.ofNullable(assignment.routine()).filter(Slug::isValid).flatMap(slug -> {
            try {
                return Optional.of(pins.pinNow(slug));
            } catch (NoSuchEntryException unpublished) {
                problems.add(new FieldProblem("routine", "No published routine '" + slug + "'."));
                return Optional.empty();
            }
        });
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        long id = assignments.insert(clubId, assignment, pin.orElseThrow(), access.callerId(), clock.instant());
        return get(clubId, id, today);
    }

    /** The club's assignments, newest first; with a status, only the active or only the ended ones. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Assignment> list(long clubId, Optional<AssignmentStatus> status, PageRequest page) {
        access.require(clubId, ClubRole.COACH);
        return assignments.page(clubId, status, today(clubId), page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Assignment get(long clubId, long id) {
        access.require(clubId, ClubRole.COACH);
        return get(clubId, id, today(clubId));
    }

    /** Changes the days, timing, dates and target when the assignment is still at {@code version}; never re-pins. */
    @Transactional
    public Assignment reschedule(long clubId, long id, long version, Schedule schedule) {
        access.require(clubId, ClubRole.COACH);
        LocalDate today = today(clubId);
        var problems = AssignmentRules.check(schedule, today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (!assignments.update(clubId, id, version, schedule)) {
            throw new StaleVersionException("The assignment", version, get(clubId, id, today).version());
        }
        return get(clubId, id, today);
    }

    /** Ends the assignment on that day (default today in the club's zone); its sessions and notices stay. */
    @Transactional
    public Assignment end(long clubId, long id, Optional<LocalDate> on) {
        access.require(clubId, ClubRole.COACH);
        LocalDate today = today(clubId);
        LocalDate last = on.orElse(today);
        var problems = AssignmentRules.checkEnd(last, get(clubId, id, today).startsOn(), today);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        assignments.end(clubId, id, last);
        return get(clubId, id, today);
    }

    /**
     * Pins the assignment to the routine and drills published now and resolves its open notices as moved. Two moves
     * at once take turns on the assignment's row and end in the same pin.
     */
    @Transactional
    public Assignment move(long clubId, long id) {
        access.require(clubId, ClubRole.COACH);
        String routine = assignments.lockRoutine(clubId, id)
                .orElseThrow(() -> new NoSuchEntryException("assignment", Long.toString(id)));
        try {
            assignments.repin(clubId, id, pins.pinNow(routine));
        } catch (NoSuchEntryException unpublished) {
            throw new ConflictException("The routine '" + routine + "' is no longer published: keep the assignment as"
                    + " it is or end it.");
        }
        notices.resolveMoved(id, clock.instant());
        return get(clubId, id, today(clubId));
    }

    private Assignment get(long clubId, long id, LocalDate today) {
        return assignments.find(clubId, id, today)
                .orElseThrow(() -> new NoSuchEntryException("assignment", Long.toString(id)));
    }

    private LocalDate today(long clubId) {
        String zone = (String) entities.createNativeQuery("select time_zone from club where id = ?1", String.class)
                .setParameter(1, clubId).getSingleResult();
        return LocalDate.now(clock.withZone(ZoneId.of(zone)));
    }

    private boolean exists(String sql, long id, long clubId) {
        return !entities.createNativeQuery(sql).setParameter(1, id).setParameter(2, clubId).getResultList().isEmpty();
    }
}
