package run.limber.domain.clubs.shares;

import java.time.LocalDate;
import java.util.List;
import run.limber.domain.sessions.EaseRating;
import run.limber.domain.sessions.SessionContext;

/**
 * A member's session of a routine the club assigns them, as its coaches see it: the day, not the time or how long it
 * took, and only to carry what the member shares. What they do not share is null, never an empty value that could
 * pass for "nothing written" or "no pain".
 *
 * @param day     the session's date in the member's time zone
 * @param note    null unless notes are shared (and null when none was written)
 * @param ratings null unless ease is shared
 * @param pain    null unless pain is shared
 */
public record SharedSession(LocalDate day, String routine, SessionContext context, String note,
                            List<EaseRating> ratings, Boolean pain) {
}
