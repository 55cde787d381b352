package run.limber.domain.routines;

import run.limber.domain.drills.Prescription;
import run.limber.domain.drills.PublishedDrill;

/** A drill as it is done in one routine: its position and the prescription after any override. */
public record RoutineEntry(int position, PublishedDrill drill, Prescription prescription) {
}
