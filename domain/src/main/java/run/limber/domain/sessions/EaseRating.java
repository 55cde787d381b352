package run.limber.domain.sessions;

import run.limber.domain.drills.Side;

/**
 * How easy a drill felt, from 1 (very hard) to 5 (very easy).
 *
 * @param side null for the drill as a whole
 */
public record EaseRating(String drill, Side side, Integer ease) {

    public static final int HARDEST = 1;
    public static final int EASIEST = 5;
}
