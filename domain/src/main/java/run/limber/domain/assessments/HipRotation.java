package run.limber.domain.assessments;

/**
 * The seated hip rotation check, in degrees from the shin hanging straight down: internal rotation swings the foot
 * outwards, external rotation swings it inwards, each while the thigh and pelvis stay still.
 */
public record HipRotation(int internalLeft, int internalRight, int externalLeft, int externalRight) {
}
