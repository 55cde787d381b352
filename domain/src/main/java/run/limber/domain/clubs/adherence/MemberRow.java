package run.limber.domain.clubs.adherence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A club member as the adherence query reads them.
 *
 * @param email         null unless the member shares it with the club
 * @param assignmentIds the club's assignments targeting them, directly or through a group
 * @param sessions      counting sessions per week (Monday) in their own time zone, from the query's first week on
 * @param lastSessionAt their latest counting session ever, null if none
 * @param version       the version of their sessions, groups and time zone read with them (V12)
 */
record MemberRow(long accountId, String displayName, String email, LocalDate joinedOn, List<Long> assignmentIds,
                 Map<LocalDate, Integer> sessions, Instant lastSessionAt, long version) {
}
