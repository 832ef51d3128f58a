package org.passerelle.domain.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.passerelle.domain.shared.PageRequest;

/** The partner organisations. Sortable properties: code, name, type, territory, area, city. */
public interface OrganisationRepository {

    Optional<Organisation> findByCode(String code);

    List<Organisation> findByCodes(Collection<String> codes);

    List<Organisation> find(OrganisationFilter filter, PageRequest page);

    long count(OrganisationFilter filter);

    List<Organisation> findAll();

    void add(Organisation organisation);

    void remove(Organisation organisation);

    /** Writes pending changes now, so that versions and generated values are up to date. */
    void flush();
}
