package run.limber.domain.clubs.assignments;

import java.time.LocalDate;

/** Whether an assignment is still to be done; an ended one stays listed with its history. */
public enum AssignmentStatus {
    ACTIVE, ENDED;

    /** Ended once its last day is over: an assignment ending today still counts today's session. */
    static AssignmentStatus of(LocalDate endsOn, LocalDate today) {
        return endsOn != null && endsOn.isBefore(today) ? ENDED : ACTIVE;
    }
}
