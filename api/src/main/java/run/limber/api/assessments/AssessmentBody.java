package run.limber.api.assessments;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import run.limber.domain.assessments.Assessment;
import run.limber.domain.assessments.HipRotation;

/** A recorded self-test. */
public record AssessmentBody(UUID id, Instant takenAt, KneeToWallBody kneeToWall, HipRotationBody hipRotation,
                             String note) {

    /**
     * @param sidesDiffer the sides are 2 cm or more apart
     */
    public record KneeToWallBody(BigDecimal leftCm, BigDecimal rightCm, BigDecimal differenceCm, boolean sidesDiffer) {
    }

    /** Degrees from the shin hanging straight down. */
    public record HipRotationBody(int internalLeft, int internalRight, int externalLeft, int externalRight) {

        static HipRotationBody of(HipRotation hip) {
            return hip == null ? null
                    : new HipRotationBody(hip.internalLeft(), hip.internalRight(), hip.externalLeft(), hip.externalRight());
        }
    }

    public static AssessmentBody of(Assessment assessment) {
        var knee = assessment.kneeToWall();
        return new AssessmentBody(assessment.id(), assessment.takenAt(),
                new KneeToWallBody(knee.leftCm(), knee.rightCm(), knee.differenceCm(), knee.sidesDiffer()),
                HipRotationBody.of(assessment.hipRotation()), assessment.note());
    }
}
