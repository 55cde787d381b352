package run.limber.domain.routines;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A routine held at the revisions published when it was pinned: its own revision and, for each of its drills that was
 * published then, that drill's revision. Revisions never change once published, so a pin plays the same forever.
 *
 * @param drillRevisions drill slug to content revision id, in the routine's order
 */
public record RoutinePin(String routine, long routineRevisionId, Map<String, Long> drillRevisions) {

    public RoutinePin {
        drillRevisions = Collections.unmodifiableMap(new LinkedHashMap<>(drillRevisions));
    }

    /** The pin of a routine revision given the drills published now; drills not published now are left out. */
    public static RoutinePin of(long routineRevisionId, RoutineContent routine, Map<String, Long> publishedDrills) {
        var drills = new LinkedHashMap<String, Long>();
        routine.drills().stream().map(RoutineDrill::drill).filter(publishedDrills::containsKey)
                .forEach(slug -> drills.put(slug, publishedDrills.get(slug)));
        return new RoutinePin(routine.slug(), routineRevisionId, drills);
    }
}
