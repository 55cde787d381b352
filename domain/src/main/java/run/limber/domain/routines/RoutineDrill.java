package run.limber.domain.routines;

import run.limber.domain.drills.RepRange;
import run.limber.domain.shared.Slug;

/**
 * A drill's place in a routine, by slug.
 *
 * @param reps a rep count for this routine only, or null to keep the drill's own
 */
public record RoutineDrill(String drill, RepRange reps) {

    public RoutineDrill {
        new Slug(drill);
    }
}
