package org.passerelle.backend.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Function;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.project.Project;

/**
 * The whole installation as a dataset document. Records come in the order they were stored, so that
 * a document imported into an empty installation is exported back as it was.
 */
@ApplicationScoped
public class DatasetExporter {

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Transactional
    public DatasetDocument export() {
        return DatasetDocument.of(
                all("SELECT p FROM Programme p ORDER BY p.id", Programme.class, DatasetMapper::toData, "p.conditions"),
                all("SELECT c FROM CallForProjects c ORDER BY c.id", CallForProjects.class, DatasetMapper::toData,
                        "c.programme"),
                all("SELECT o FROM Organisation o ORDER BY o.id", Organisation.class, DatasetMapper::toData),
                all("SELECT p FROM Project p ORDER BY p.id", Project.class, DatasetMapper::toData,
                        "p.programme", "p.call", "p.lead", "p.partners"));
    }

    /** Loads a whole kind, fetching the named relations in a few batched queries rather than one per row. */
    private <E, D> List<D> all(String jpql, Class<E> type, Function<E, D> mapper, String... batched) {
        TypedQuery<E> query = em.createQuery(jpql, type);
        if (batched.length > 0) {
            // EclipseLink's batch reading, named by string so that no provider class is compiled in.
            query.setHint("eclipselink.batch.type", "IN");
            for (String relation : batched) {
                query.setHint("eclipselink.batch", relation);
            }
        }
        return query.getResultList().stream().map(mapper).toList();
    }
}
