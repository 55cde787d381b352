package run.limber.api.assessments;

import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import run.limber.domain.assessments.NewAssessment;

/** A self-test to record. */
public record AssessmentRequestBody(
        @Schema(description = "When the test was done; now if left out") Instant takenAt,
        @Schema(required = true) KneeToWallInput kneeToWall,
        @Schema(description = "Leave out to skip the hip check") HipRotationInput hipRotation,
        @Schema(maxLength = 500) String note) {

    /**
     * Knee-to-wall: the greatest distance from big toe to wall, in cm, at which the knee still touches the wall with
     * the heel down.
     */
    public record KneeToWallInput(@Schema(minimum = "0", maximum = "30") BigDecimal leftCm,
                                  @Schema(minimum = "0", maximum = "30") BigDecimal rightCm) {
    }

    /** Seated hip rotation, in degrees from the shin hanging straight down: all four, or none. */
    public record HipRotationInput(@Schema(minimum = "0", maximum = "90") Integer internalLeft,
                                   @Schema(minimum = "0", maximum = "90") Integer internalRight,
                                   @Schema(minimum = "0", maximum = "90") Integer externalLeft,
                                   @Schema(minimum = "0", maximum = "90") Integer externalRight) {
    }

    NewAssessment toNewAssessment() {
        var hip = hipRotation == null ? null : new NewAssessment.HipRotationInput(hipRotation.internalLeft(),
                hipRotation.internalRight(), hipRotation.externalLeft(), hipRotation.externalRight());
        return new NewAssessment(takenAt, kneeToWall == null ? null : kneeToWall.leftCm(),
                kneeToWall == null ? null : kneeToWall.rightCm(), hip, note);
    }
}
