package run.limber.domain.clubs.shares;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import run.limber.domain.sessions.EaseRating;
import run.limber.domain.sessions.SessionContext;

/**
 * A member's session of a routine the club assigns them, as its coaches see it. What the member does not share is
 * null, never an empty value that could pass for "nothing written" or "no pain".
 *
 * @param note    null unless notes are shared (and null when none was written)
 * @param ratings null unless ease is shared
 * @param pain    null unless pain is shared
 */
public record SharedSession(UUID id, String routine, SessionContext context, Instant startedAt, int durationSeconds,
                            String note, List<EaseRating> ratings, Boolean pain) {
}
