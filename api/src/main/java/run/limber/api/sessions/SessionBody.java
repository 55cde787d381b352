package run.limber.api.sessions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.drills.Direction;
import run.limber.domain.drills.FootAngle;
import run.limber.domain.drills.Side;
import run.limber.domain.sessions.CompletedSet;
import run.limber.domain.sessions.EaseRating;
import run.limber.domain.sessions.LoggedSession;
import run.limber.domain.sessions.NewSession;
import run.limber.domain.sessions.SessionContext;

/**
 * A logged session. As a request, {@code id} and {@code createdAt} are ignored and only routine, context, startedAt
 * and durationSeconds are required; {@code assignment} names the club assignment it was played from, if any.
 */
public record SessionBody(UUID id, @Schema(required = true) String routine,
                          @Schema(required = true) SessionContext context, @Schema(required = true) Instant startedAt,
                          @Schema(required = true) Integer durationSeconds,
                          List<SetBody> completedSets, List<RatingBody> ratings, boolean pain, String note,
                          Long assignment, Instant createdAt) {

    /** A finished set, as the routine's plan names it; side, angle and direction are null where they do not apply. */
    public record SetBody(String drill, Side side, FootAngle angle, Direction direction) {
    }

    /** How easy a drill felt on one side (side null: the drill as a whole), from 1 (very hard) to 5 (very easy). */
    public record RatingBody(String drill, Side side, Integer ease) {
    }

    static SessionBody of(LoggedSession session) {
        return new SessionBody(session.id(), session.routine(), session.context(), session.startedAt(),
                session.durationSeconds(),
                session.completedSets().stream().map(s -> new SetBody(s.drill(), s.side(), s.angle(), s.direction()))
                        .toList(),
                session.ratings().stream().map(r -> new RatingBody(r.drill(), r.side(), r.ease())).toList(),
                session.pain(), session.note(), session.assignment(), session.createdAt());
    }

    NewSession toNewSession() {
        return new NewSession(routine, context, startedAt, durationSeconds,
                completedSets == null ? null : completedSets.stream()
                        .map(s -> new CompletedSet(s.drill(), s.side(), s.angle(), s.direction())).toList(),
                ratings == null ? null : ratings.stream().map(r -> new EaseRating(r.drill(), r.side(), r.ease())).toList(),
                pain, note, assignment);
    }
}
