package run.limber.domain.assessments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A recorded self-test. Immutable: a mistaken entry is followed by a better one, not edited. */
@Entity
@Table(name = "mobility_assessment")
class MobilityAssessment {

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "taken_at", nullable = false, updatable = false)
    private Instant takenAt;

    @Column(name = "knee_to_wall_left_cm", nullable = false, updatable = false, precision = 3, scale = 1)
    private BigDecimal kneeToWallLeftCm;

    @Column(name = "knee_to_wall_right_cm", nullable = false, updatable = false, precision = 3, scale = 1)
    private BigDecimal kneeToWallRightCm;

    @Column(name = "hip_internal_left_deg", updatable = false)
    private Integer hipInternalLeftDeg;

    @Column(name = "hip_internal_right_deg", updatable = false)
    private Integer hipInternalRightDeg;

    @Column(name = "hip_external_left_deg", updatable = false)
    private Integer hipExternalLeftDeg;

    @Column(name = "hip_external_right_deg", updatable = false)
    private Integer hipExternalRightDeg;

    @Column(updatable = false)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MobilityAssessment() {
    }

    MobilityAssessment(long accountId, Instant takenAt, KneeToWall kneeToWall, HipRotation hip, String note, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.takenAt = takenAt;
        this.kneeToWallLeftCm = kneeToWall.leftCm();
        this.kneeToWallRightCm = kneeToWall.rightCm();
        if (hip != null) {
            this.hipInternalLeftDeg = hip.internalLeft();
            this.hipInternalRightDeg = hip.internalRight();
            this.hipExternalLeftDeg = hip.externalLeft();
            this.hipExternalRightDeg = hip.externalRight();
        }
        this.note = note;
        this.createdAt = now;
    }

    Assessment view() {
        HipRotation hip = hipInternalLeftDeg == null ? null
                : new HipRotation(hipInternalLeftDeg, hipInternalRightDeg, hipExternalLeftDeg, hipExternalRightDeg);
        return new Assessment(id, takenAt, new KneeToWall(kneeToWallLeftCm, kneeToWallRightCm), hip, note);
    }
}
