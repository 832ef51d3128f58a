package org.passerelle.backend.service;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.passerelle.backend.dataset.DatasetJson;
import org.passerelle.domain.audit.AuditAction;
import org.passerelle.domain.audit.AuditEvent;

/**
 * One event of the audit trail as readers see it: the states before and after are the JSON the trail
 * stored (records in the dataset format), embedded as JSON rather than as strings.
 */
@JsonPropertyOrder({"id", "at", "actor", "action", "entityType", "entityKey", "before", "after"})
public record AuditEntry(Long id, String at, String actor, AuditAction action, String entityType, String entityKey,
        JsonNode before, JsonNode after) {

    static AuditEntry of(AuditEvent event) {
        return new AuditEntry(event.id(), event.at().toString(), event.actor(), event.action(), event.entityType(),
                event.entityKey(), state(event.before()), state(event.after()));
    }

    /** The stored state as JSON; a state stored as plain text (not JSON) is kept as a string. */
    static JsonNode state(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return DatasetJson.mapper().readTree(stored);
        } catch (JsonProcessingException e) {
            return TextNode.valueOf(stored);
        }
    }
}
