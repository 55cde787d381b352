package run.limber.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A stored audit entry. Written once, except that an attempt with credentials is written before its outcome is known
 * (see {@link AuditLog#open}) and settled after; account deletion touches entries again, to remove personal data.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant at;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AuditType type;

    @Column(name = "actor_id")
    private Long actorId;

    private String actor;
    private String subject;
    private String detail;
    private String address;

    protected AuditEvent() {
    }

    AuditEvent(Instant at, AuditType type, Long actorId, String actor, String subject, String detail, String address) {
        this.at = at;
        this.type = type;
        this.actorId = actorId;
        this.actor = actor;
        this.subject = subject;
        this.detail = detail;
        this.address = address;
    }

    void settle(AuditType outcome, Long outcomeActorId, String outcomeActor, String outcomeDetail) {
        type = outcome;
        actorId = outcomeActorId;
        actor = outcomeActor;
        detail = outcomeDetail;
    }

    long id() {
        return id;
    }

    AuditEntry toEntry() {
        return new AuditEntry(at, type, actor, subject, detail, address);
    }
}
