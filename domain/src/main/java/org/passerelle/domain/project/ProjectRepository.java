package org.passerelle.domain.project;

import java.util.List;
import java.util.Optional;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.PageRequest;

/** The cooperation projects. Sortable properties: reference, status, axis, programme, requestedAmount, startDate. */
public interface ProjectRepository {

    Optional<Project> findByReference(String reference);

    List<Project> find(ProjectFilter filter, PageRequest page);

    long count(ProjectFilter filter);

    List<Project> findAll();

    /** Whether a project refers to the programme (which then may not be deleted). */
    boolean existsForProgramme(Programme programme);

    /** Whether a project refers to the call (which then may not be deleted). */
    boolean existsForCall(CallForProjects call);

    /** Whether a project is led by the organisation or has it as a partner. */
    boolean existsForOrganisation(Organisation organisation);

    void add(Project project);

    void remove(Project project);

    /** Writes pending changes now, so that versions and generated values are up to date. */
    void flush();
}
