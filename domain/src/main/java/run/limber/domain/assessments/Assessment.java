package run.limber.domain.assessments;

import java.time.Instant;
import java.util.UUID;

/**
 * One self-test as its runner sees it.
 *
 * @param hipRotation null when the runner did only the knee-to-wall test
 */
public record Assessment(UUID id, Instant takenAt, KneeToWall kneeToWall, HipRotation hipRotation, String note) {
}
