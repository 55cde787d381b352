package run.limber.domain.plan;

import java.util.ArrayList;
import java.util.List;
import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.PrescribedSet;
import run.limber.domain.routines.PublishedRoutine;
import run.limber.domain.routines.RoutineEntry;

/**
 * A routine as the player runs it: every set of every drill in order, with a transition between any two sets. The
 * step estimates add up to the routine's own estimate, since both use the prescription's timing constants.
 */
public record RoutinePlan(PublishedRoutine routine, List<PlanStep> steps) {

    public RoutinePlan {
        steps = List.copyOf(steps);
    }

    /** Expands each drill's prescription (after the routine's overrides) into sets and the moves between them. */
    public static RoutinePlan of(PublishedRoutine routine) {
        var steps = new ArrayList<PlanStep>();
        for (RoutineEntry entry : routine.drills()) {
            Prescription prescription = entry.prescription();
            String drill = entry.drill().slug();
            PrescribedSet previous = null;
            for (PrescribedSet set : prescription.sets()) {
                if (previous != null) {
                    steps.add(transition(drill, set, Cues.withinDrill(prescription, previous, set),
                            Prescription.SECONDS_BETWEEN_SETS));
                } else if (!steps.isEmpty()) {
                    steps.add(transition(drill, set, Cues.nextDrill(entry.drill().name(), prescription, set),
                            PublishedRoutine.SECONDS_BETWEEN_DRILLS));
                }
                steps.add(new PlanStep(StepKind.SET, drill, set.side(), set.angle(), set.direction(), set.reps(),
                        Cues.forSet(prescription, set), set.reps().typical() * prescription.secondsPerRep()));
                previous = set;
            }
        }
        return new RoutinePlan(routine, steps);
    }

    public int estimatedSeconds() {
        return steps.stream().mapToInt(PlanStep::estimatedSeconds).sum();
    }

    /** The sets only, in order: what a session records as done or not. */
    public List<PlanStep> sets() {
        return steps.stream().filter(PlanStep::isSet).toList();
    }

    private static PlanStep transition(String drill, PrescribedSet next, String cue, int seconds) {
        return new PlanStep(StepKind.TRANSITION, drill, next.side(), next.angle(), next.direction(), null, cue, seconds);
    }
}
