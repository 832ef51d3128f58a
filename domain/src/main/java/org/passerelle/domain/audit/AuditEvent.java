package org.passerelle.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.passerelle.domain.shared.Checks;

/**
 * One change to the partnership's data: who, when, what (kind and code of the record) and the
 * record's state before and after, as JSON in the dataset format. Never changed once written.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "entity_type", nullable = false, length = 40)
    private String entityType;

    @Column(name = "entity_key", length = 100)
    private String entityKey;

    @Column(name = "before_state", length = 1_000_000)
    private String before;

    @Column(name = "after_state", length = 1_000_000)
    private String after;

    protected AuditEvent() {
        // for JPA
    }

    public AuditEvent(Instant at, String actor, AuditAction action, String entityType, String entityKey,
            String before, String after) {
        this.at = Checks.required(at, "at");
        this.actor = Checks.required(actor, "actor");
        this.action = Checks.required(action, "action");
        this.entityType = Checks.required(entityType, "entityType");
        this.entityKey = entityKey;
        this.before = before;
        this.after = after;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public AuditAction action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityKey() {
        return entityKey;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
