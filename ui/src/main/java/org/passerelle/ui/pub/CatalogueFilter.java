package org.passerelle.ui.pub;

import java.util.Set;
import org.passerelle.backend.search.SearchQuery;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Territory;

/** What the applicant chose in the catalogue's search box and facets; empty parts do not narrow. */
public record CatalogueFilter(String text, Set<Axis> axes, Set<ApplicantType> applicantTypes,
        Set<Territory> territories, Set<String> themes, boolean openCallOnly) {

    public static CatalogueFilter none() {
        return new CatalogueFilter("", Set.of(), Set.of(), Set.of(), Set.of(), false);
    }

    /** The search for one page of results. */
    public SearchQuery query(int offset, int limit) {
        return new SearchQuery(text, axes, applicantTypes, territories, themes, null, openCallOnly ? Boolean.TRUE : null,
                null, offset, limit);
    }
}
