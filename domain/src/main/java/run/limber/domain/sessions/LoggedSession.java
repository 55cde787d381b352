package run.limber.domain.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session as its runner reads it back.
 *
 * @param assignment the club assignment it was played from (its id), or null
 */
public record LoggedSession(UUID id, String routine, SessionContext context, Instant startedAt, int durationSeconds,
                            List<CompletedSet> completedSets, List<EaseRating> ratings, boolean pain, String note,
                            Long assignment, Instant createdAt) {
}
