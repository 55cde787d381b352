package run.limber.domain.sessions;

import java.time.Instant;
import java.util.List;

/**
 * A session as a runner logs it. Nothing is checked here: {@link SessionService#log} reports every problem at once.
 *
 * @param routine the routine's slug
 * @param note       optional
 * @param assignment the club assignment it was played from, if any (its id)
 */
public record NewSession(String routine, SessionContext context, Instant startedAt, Integer durationSeconds,
                         List<CompletedSet> completedSets, List<EaseRating> ratings, boolean pain, String note,
                         Long assignment) {

    public NewSession {
        completedSets = completedSets == null ? List.of() : List.copyOf(completedSets);
        ratings = ratings == null ? List.of() : List.copyOf(ratings);
        note = note == null || note.isBlank() ? null : note.strip();
    }

    /** A session not played from an assignment. */
    public NewSession(String routine, SessionContext context, Instant startedAt, Integer durationSeconds,
                      List<CompletedSet> completedSets, List<EaseRating> ratings, boolean pain, String note) {
        this(routine, context, startedAt, durationSeconds, completedSets, ratings, pain, note, null);
    }
}
