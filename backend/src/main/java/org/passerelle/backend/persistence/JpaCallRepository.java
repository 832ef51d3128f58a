package org.passerelle.backend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.domain.call.CallFilter;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.call.CallRepository;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.PageRequest;

@ApplicationScoped
public class JpaCallRepository implements CallRepository {

    private static final Map<String, String> SORTABLE = Map.of("code", "c.code", "opensOn", "c.opensOn",
            "closesOn", "c.closesOn", "programme", "c.programme.code", "title", "c.title.fr");

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Override
    public Optional<CallForProjects> findByCode(String code) {
        return em.createQuery("SELECT c FROM CallForProjects c WHERE c.code = :code", CallForProjects.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<CallForProjects> findByProgramme(Programme programme) {
        return em.createQuery("SELECT c FROM CallForProjects c WHERE c.programme = :programme ORDER BY c.opensOn, c.code",
                CallForProjects.class).setParameter("programme", programme).getResultList();
    }

    @Override
    public List<CallForProjects> find(CallFilter filter, PageRequest page) {
        return query(filter).list(em, CallForProjects.class, page, SORTABLE, "c.code ASC");
    }

    @Override
    public long count(CallFilter filter) {
        return query(filter).count(em);
    }

    private static Jpql query(CallFilter filter) {
        LocalDate day = filter.asOf() == null ? LocalDate.now() : filter.asOf();
        Jpql jpql = new Jpql("CallForProjects", "c")
                .matching(filter.text(), "c.code", "c.title.fr", "c.title.en")
                .where("c.programme.code = :programme", "programme", filter.programme())
                .where("c.programme.status = :programmeStatus", "programmeStatus", filter.programmeStatus());
        if (filter.state() != null) {
            switch (filter.state()) {
                case UPCOMING -> jpql.where("c.opensOn > :day", "day", day);
                case OPEN -> jpql.where("c.opensOn <= :day AND c.closesOn >= :day", "day", day);
                case CLOSED -> jpql.where("c.closesOn < :day", "day", day);
            }
        }
        return jpql;
    }

    @Override
    public List<CallForProjects> findAll() {
        return em.createQuery("SELECT c FROM CallForProjects c ORDER BY c.code", CallForProjects.class).getResultList();
    }

    @Override
    public void add(CallForProjects call) {
        em.persist(call);
    }

    @Override
    public void remove(CallForProjects call) {
        em.remove(call);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
