package run.limber.domain.clubs.adherence;

import java.time.Instant;
import java.util.List;

/**
 * What a club's coaches see of a member's assigned training: counts, streak and last session date, which joining
 * shares; the email only if the member shares it.
 *
 * @param email         null unless the member shares it with the club
 * @param streakWeeks   consecutive weeks met; weeks that asked for nothing are skipped, the current week counts once met
 * @param lastSessionAt the member's latest session that counts towards an assignment, null if none
 * @param weeks         newest (the current week) first
 */
public record MemberAdherence(long accountId, String displayName, String email, int streakWeeks, Instant lastSessionAt,
                              List<AdherenceWeek> weeks) {

    public MemberAdherence {
        weeks = List.copyOf(weeks);
    }

    /** Fell behind: this week asks for more than they have done so far. */
    public boolean behind() {
        return weeks.getFirst().status() == WeekStatus.IN_PROGRESS;
    }

    /** Sessions still missing this week. */
    int shortfall() {
        var week = weeks.getFirst();
        return Math.max(0, week.target() - week.sessions());
    }
}
