package org.passerelle.backend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.organisation.OrganisationFilter;
import org.passerelle.domain.organisation.OrganisationRepository;
import org.passerelle.domain.shared.PageRequest;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    private static final Map<String, String> SORTABLE = Map.of("code", "o.code", "name", "o.name", "type", "o.type",
            "territory", "o.territory", "area", "o.area", "city", "o.city");

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Override
    public Optional<Organisation> findByCode(String code) {
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code = :code", Organisation.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    @Override
    public List<Organisation> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT o FROM Organisation o WHERE o.code IN :codes", Organisation.class)
                .setParameter("codes", codes).getResultList();
    }

    @Override
    public List<Organisation> find(OrganisationFilter filter, PageRequest page) {
        return query(filter).list(em, Organisation.class, page, SORTABLE, "o.code ASC");
    }

    @Override
    public long count(OrganisationFilter filter) {
        return query(filter).count(em);
    }

    private static Jpql query(OrganisationFilter filter) {
        return new Jpql("Organisation", "o")
                .matching(filter.text(), "o.code", "o.name", "o.city", "o.area")
                .where("o.type = :type", "type", filter.type())
                .where("o.territory = :territory", "territory", filter.territory());
    }

    @Override
    public List<Organisation> findAll() {
        return em.createQuery("SELECT o FROM Organisation o ORDER BY o.code", Organisation.class).getResultList();
    }

    @Override
    public void add(Organisation organisation) {
        em.persist(organisation);
    }

    @Override
    public void remove(Organisation organisation) {
        em.remove(organisation);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
