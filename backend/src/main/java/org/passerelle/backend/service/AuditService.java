package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.passerelle.domain.audit.AuditFilter;
import org.passerelle.domain.audit.AuditLog;
import org.passerelle.domain.shared.Page;
import org.passerelle.domain.shared.PageRequest;

/** Reading the audit trail, newest first unless asked otherwise. */
@ApplicationScoped
public class AuditService {

    @Inject
    private AuditLog log;

    @Transactional
    public Page<AuditEntry> list(AuditFilter filter, PageRequest page) {
        return new Page<>(log.find(filter, page).stream().map(AuditEntry::of).toList(), log.count(filter));
    }
}
