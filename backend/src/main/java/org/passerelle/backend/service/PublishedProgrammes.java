package org.passerelle.backend.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetMapper;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.programme.ProgrammeStatus;

/**
 * Everything the public may see at once — published programmes and their calls, in the dataset
 * shape — for the caches that the eligibility service and the assistant keep in memory. Always read
 * in a transaction of its own, so that it sees what a change just committed.
 */
@ApplicationScoped
public class PublishedProgrammes {

    /** Published programmes (by code) and the calls of those programmes (by programme, then opening). */
    public record Snapshot(List<ProgrammeData> programmes, List<CallData> calls) {
    }

    @PersistenceContext(unitName = "passerelle")
    private EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Snapshot load() {
        List<ProgrammeData> programmes = em.createQuery(
                        "SELECT p FROM Programme p WHERE p.status = :status ORDER BY p.code", Programme.class)
                .setParameter("status", ProgrammeStatus.PUBLISHED)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "p.conditions")
                .getResultList().stream().map(DatasetMapper::toData).toList();
        List<CallData> calls = em.createQuery("SELECT c FROM CallForProjects c WHERE c.programme.status = :status"
                        + " ORDER BY c.programme.code, c.opensOn, c.code", CallForProjects.class)
                .setParameter("status", ProgrammeStatus.PUBLISHED)
                .getResultList().stream().map(DatasetMapper::toData).toList();
        return new Snapshot(programmes, calls);
    }
}
