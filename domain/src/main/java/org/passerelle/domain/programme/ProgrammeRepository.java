package org.passerelle.domain.programme;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.domain.shared.PageRequest;

/** The programmes of the installation. Sortable properties: code, name, status, currency. */
public interface ProgrammeRepository {

    Optional<Programme> findByCode(String code);

    List<Programme> findByCodes(Collection<String> codes);

    List<Programme> find(ProgrammeFilter filter, PageRequest page);

    long count(ProgrammeFilter filter);

    List<Programme> findAll();

    List<Programme> findPublished();

    void add(Programme programme);

    void remove(Programme programme);

    /** Writes pending changes now, so that versions and generated values are up to date. */
    void flush();
}
