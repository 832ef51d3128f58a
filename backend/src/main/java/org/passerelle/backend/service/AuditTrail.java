package org.passerelle.backend.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.audit.AuditEvent;
import org.passerelle.domain.audit.AuditLog;

/**
 * Writes one audit event per change, with the record's state before and after in the dataset format,
 * in the transaction of the change itself: the change and its trace are kept or lost together.
 */
@ApplicationScoped
public class AuditTrail {

    private static final ObjectWriter COMPACT = DatasetJson.mapper().writer()
            .without(SerializationFeature.INDENT_OUTPUT);

    @Inject
    private AuditLog log;

    @Inject
    private Caller caller;

    @Inject
    private Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditAction action, String entityType, String key, Object before, Object after) {
        log.append(new AuditEvent(clock.instant(), caller.name(), action, entityType, key, json(before), json(after)));
    }

    private static String json(Object state) {
        if (state == null) {
            return null;
        }
        if (state instanceof String text) {
            return text;
        }
        try {
            return COMPACT.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the audit state of " + state, e);
        }
    }
}
