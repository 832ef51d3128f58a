package org.passerelle.domain.audit;

/** What was done to a record. */
public enum AuditAction {
    CREATE,
    UPDATE,
    DELETE,
    STATUS_CHANGE,
    IMPORT,
    LOGIN
}
