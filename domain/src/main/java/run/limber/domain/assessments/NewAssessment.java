package run.limber.domain.assessments;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A self-test to record, as typed: each value may be missing or out of range, and the service says which.
 *
 * @param takenAt when the test was done; null means now
 * @param hipRotation null to leave the hip check out
 */
public record NewAssessment(Instant takenAt, BigDecimal kneeToWallLeftCm, BigDecimal kneeToWallRightCm,
                            HipRotationInput hipRotation, String note) {

    /** The four hip angles as typed; all four or none. */
    public record HipRotationInput(Integer internalLeft, Integer internalRight, Integer externalLeft,
                                   Integer externalRight) {
    }
}
