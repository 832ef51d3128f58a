package org.passerelle.backend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeFilter;
import org.passerelle.domain.programme.ProgrammeRepository;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.PageRequest;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    private static final Map<String, String> SORTABLE = Map.of(
            "code", "p.code", "name", "p.name.fr", "status", "p.status", "currency", "p.currency");

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Override
    public Optional<Programme> findByCode(String code) {
        return em.createQuery("SELECT p FROM Programme p WHERE p.code = :code", Programme.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Programme> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Programme p WHERE p.code IN :codes", Programme.class)
                .setParameter("codes", codes).getResultList();
    }

    @Override
    public List<Programme> find(ProgrammeFilter filter, PageRequest page) {
        return query(filter).list(em, Programme.class, page, SORTABLE, "p.code ASC");
    }

    @Override
    public long count(ProgrammeFilter filter) {
        return query(filter).count(em);
    }

    private static Jpql query(ProgrammeFilter filter) {
        return new Jpql("Programme", "p")
                .matching(filter.text(), "p.code", "p.name.fr", "p.name.en")
                .where("p.status = :status", "status", filter.status());
    }

    @Override
    public List<Programme> findAll() {
        return em.createQuery("SELECT p FROM Programme p ORDER BY p.code", Programme.class).getResultList();
    }

    @Override
    public List<Programme> findPublished() {
        return em.createQuery("SELECT p FROM Programme p WHERE p.status = :status ORDER BY p.code", Programme.class)
                .setParameter("status", ProgrammeStatus.PUBLISHED).getResultList();
    }

    @Override
    public void add(Programme programme) {
        em.persist(programme);
    }

    @Override
    public void remove(Programme programme) {
        em.remove(programme);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
