package run.limber.domain.player;

import java.io.Serializable;

/** A runner's progress is one row per routine. */
record PlayerProgressId(long accountId, String routineSlug) implements Serializable {
}
