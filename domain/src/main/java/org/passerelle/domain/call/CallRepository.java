package org.passerelle.domain.call;

import java.util.List;
import java.util.Optional;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.PageRequest;

/** The calls for projects. Sortable properties: code, opensOn, closesOn, programme. */
public interface CallRepository {

    Optional<CallForProjects> findByCode(String code);

    List<CallForProjects> findByProgramme(Programme programme);

    List<CallForProjects> find(CallFilter filter, PageRequest page);

    long count(CallFilter filter);

    List<CallForProjects> findAll();

    void add(CallForProjects call);

    void remove(CallForProjects call);

    /** Writes pending changes now, so that versions and generated values are up to date. */
    void flush();
}
