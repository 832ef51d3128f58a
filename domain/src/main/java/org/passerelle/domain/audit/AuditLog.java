package org.passerelle.domain.audit;

import java.util.List;
import org.passerelle.domain.shared.PageRequest;

/** The append-only record of changes, newest first. */
public interface AuditLog {

    void append(AuditEvent event);

    List<AuditEvent> find(AuditFilter filter, PageRequest page);

    long count(AuditFilter filter);
}
