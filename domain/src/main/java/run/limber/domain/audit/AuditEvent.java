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

    AuditEvent(Instant at, AuditRecord what, String address) {
        this.at = at;
        this.type = what.type();
        this.actorId = what.actorId();
        this.actor = what.actor();
        this.subject = what.subject();
        this.detail = what.detail();
        this.address = address;
    }

    /** The subject and address stay those of the attempt. */
    void settle(AuditRecord outcome) {
        type = outcome.type();
        actorId = outcome.actorId();
        actor = outcome.actor();
        detail = outcome.detail();
    }

    long id() {
        return id;
    }

    AuditEntry toEntry() {
        return new AuditEntry(at, type, actor, subject, detail, address);
    }
}
