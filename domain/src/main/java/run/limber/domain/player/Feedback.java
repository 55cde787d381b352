package run.limber.domain.player;

import java.util.List;
import run.limber.domain.sessions.EaseRating;

/** What a runner says about a session when saving it: all optional. */
public record Feedback(List<EaseRating> ratings, boolean pain, String note) {

    public static Feedback none() {
        return new Feedback(List.of(), false, null);
    }
}
