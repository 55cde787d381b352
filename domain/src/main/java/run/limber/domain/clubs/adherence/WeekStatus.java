package run.limber.domain.clubs.adherence;

/** How a member's week went against its target. A week without a target has no status at all. */
public enum WeekStatus {
    MET, PARTLY, MISSED, IN_PROGRESS;

    /** Judged by the week as a whole: a week still going is never called missed. */
    static WeekStatus of(int sessions, int target, boolean current) {
        if (sessions >= target) {
            return MET;
        }
        if (current) {
            return IN_PROGRESS;
        }
        return sessions > 0 ? PARTLY : MISSED;
    }
}
