package org.passerelle.backend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.passerelle.domain.audit.AuditEvent;
import org.passerelle.domain.audit.AuditFilter;
import org.passerelle.domain.audit.AuditLog;
import org.passerelle.domain.shared.PageRequest;

@ApplicationScoped
public class JpaAuditLog implements AuditLog {

    private static final Map<String, String> SORTABLE = Map.of("at", "e.at", "actor", "e.actor",
            "action", "e.action", "entityType", "e.entityType", "entityKey", "e.entityKey");

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Override
    public void append(AuditEvent event) {
        em.persist(event);
    }

    @Override
    public List<AuditEvent> find(AuditFilter filter, PageRequest page) {
        return query(filter).list(em, AuditEvent.class, page, SORTABLE, "e.at DESC, e.id DESC");
    }

    @Override
    public long count(AuditFilter filter) {
        return query(filter).count(em);
    }

    private static Jpql query(AuditFilter filter) {
        return new Jpql("AuditEvent", "e")
                .where("e.actor = :actor", "actor", filter.actor())
                .where("e.action = :action", "action", filter.action())
                .where("e.entityType = :entityType", "entityType", filter.entityType())
                .where("e.entityKey = :entityKey", "entityKey", filter.entityKey())
                .where("e.at >= :from", "from", filter.from())
                .where("e.at < :to", "to", filter.to());
    }
}
