package org.passerelle.domain.audit;

import java.time.Instant;

/** What a listing of the audit log is narrowed to; every part is optional. */
public record AuditFilter(String actor, AuditAction action, String entityType, String entityKey, Instant from,
        Instant to) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
