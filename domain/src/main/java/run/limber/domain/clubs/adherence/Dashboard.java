package run.limber.domain.clubs.adherence;

import java.time.LocalDate;
import java.util.List;
import run.limber.domain.shared.Page;

/**
 * A page of the coaches' adherence dashboard.
 *
 * @param weeks the Mondays of the weeks shown, in the club's time zone, newest first
 */
public record Dashboard(List<LocalDate> weeks, Page<MemberAdherence> members) {

    public Dashboard {
        weeks = List.copyOf(weeks);
    }
}
