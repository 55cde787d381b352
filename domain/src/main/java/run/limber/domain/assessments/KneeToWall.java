package run.limber.domain.assessments;

import java.math.BigDecimal;

/**
 * The knee-to-wall test: how far the big toe can be from a wall while the knee still touches it with the heel down.
 * A longer distance means more ankle dorsiflexion.
 */
public record KneeToWall(BigDecimal leftCm, BigDecimal rightCm) {

    /** A gap this large between the sides is worth attention: work the stiffer ankle a little more. */
    public static final BigDecimal NOTABLE_DIFFERENCE_CM = new BigDecimal("2.0");

    public BigDecimal differenceCm() {
        return leftCm.subtract(rightCm).abs();
    }

    public boolean sidesDiffer() {
        return differenceCm().compareTo(NOTABLE_DIFFERENCE_CM) >= 0;
    }
}
