package org.passerelle.backend.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.project.Project;
import org.passerelle.domain.project.ProjectFilter;
import org.passerelle.domain.project.ProjectRepository;
import org.passerelle.domain.shared.PageRequest;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    private static final Map<String, String> SORTABLE = Map.of("reference", "p.reference", "status", "p.status",
            "axis", "p.axis", "programme", "p.programme.code", "requestedAmount", "p.requestedAmount",
            "grantedAmount", "p.grantedAmount", "startDate", "p.startDate", "title", "p.title.fr",
            "lead", "p.lead.name");

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Override
    public Optional<Project> findByReference(String reference) {
        return em.createQuery("SELECT p FROM Project p WHERE p.reference = :reference", Project.class)
                .setParameter("reference", reference).getResultStream().findFirst();
    }

    @Override
    public List<Project> find(ProjectFilter filter, PageRequest page) {
        return query(filter).list(em, Project.class, page, SORTABLE, "p.reference ASC");
    }

    @Override
    public long count(ProjectFilter filter) {
        return query(filter).count(em);
    }

    private static Jpql query(ProjectFilter filter) {
        return new Jpql("Project", "p")
                .matching(filter.text(), "p.reference", "p.title.fr", "p.title.en")
                .where("p.status = :status", "status", filter.status())
                .where("p.axis = :axis", "axis", filter.axis())
                .where("p.programme.code = :programme", "programme", filter.programme())
                .where("(p.lead.code = :organisation OR EXISTS (SELECT o FROM Project q JOIN q.partners o"
                        + " WHERE q = p AND o.code = :organisation))", "organisation", filter.organisation());
    }

    @Override
    public List<Project> findAll() {
        return em.createQuery("SELECT p FROM Project p ORDER BY p.reference", Project.class).getResultList();
    }

    @Override
    public boolean existsForProgramme(Programme programme) {
        return exists("SELECT COUNT(p) FROM Project p WHERE p.programme = :x", programme);
    }

    @Override
    public boolean existsForCall(CallForProjects call) {
        return exists("SELECT COUNT(p) FROM Project p WHERE p.call = :x", call);
    }

    @Override
    public boolean existsForOrganisation(Organisation organisation) {
        return exists("SELECT COUNT(p) FROM Project p WHERE p.lead = :x", organisation)
                || exists("SELECT COUNT(p) FROM Project p JOIN p.partners o WHERE o = :x", organisation);
    }

    private boolean exists(String jpql, Object value) {
        return em.createQuery(jpql, Long.class).setParameter("x", value).getSingleResult() > 0;
    }

    @Override
    public void add(Project project) {
        em.persist(project);
    }

    @Override
    public void remove(Project project) {
        em.remove(project);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
