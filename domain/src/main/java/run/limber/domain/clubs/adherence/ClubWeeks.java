package run.limber.domain.clubs.adherence;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The weeks a read covers and the club's assignments, loaded once, against which each member row is judged.
 *
 * @param thisWeek the Monday of the current week in the club's time zone
 * @param shown    how many weeks are shown, newest first
 * @param horizon  how many weeks are read (at least {@code shown}): how far back a streak can reach
 */
record ClubWeeks(LocalDate thisWeek, int shown, int horizon, Map<Long, Assignment> assignments) {

    /** The Mondays shown, newest first. */
    List<LocalDate> listed() {
        var weeks = new ArrayList<LocalDate>(shown);
        for (int i = 0; i < shown; i++) {
            weeks.add(thisWeek.minusWeeks(i));
        }
        return weeks;
    }

    /** Early enough for a session on the first Monday read in any time zone of the world. */
    Instant since() {
        return thisWeek.minusWeeks(horizon - 1L).minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    MemberAdherence judge(MemberRow row) {
        var targeting = row.assignmentIds().stream().map(assignments::get).filter(Objects::nonNull).toList();
        var weeks = AdherenceWeeks.weeks(thisWeek, horizon, row.sessions(), targeting, row.joinedOn());
        return new MemberAdherence(row.accountId(), row.displayName(), row.email(), AdherenceWeeks.streak(weeks),
                row.lastSessionAt(), weeks.subList(0, shown));
    }
}
