package org.passerelle.backend.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One page of hits, best first, with the number of programmes that match in all and the facet counts
 * over all of them (not only this page): facet name ({@code axis}, {@code applicantType},
 * {@code territory}, {@code theme}, {@code funder}, {@code openCallNow}) → value → programmes.
 */
public record SearchResult(List<SearchHit> hits, long total, Map<String, Map<String, Long>> facets) {

    /** Facet names, the keys of {@link #facets()}. */
    public static final String AXIS = "axis";
    public static final String APPLICANT_TYPE = "applicantType";
    public static final String TERRITORY = "territory";
    public static final String THEME = "theme";
    public static final String FUNDER = "funder";
    public static final String OPEN_CALL_NOW = "openCallNow";

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /** The counts of one facet, value → matching programmes; empty when nothing matched or facet unknown. */
    public Map<String, Long> facet(String name) {
        return facets.getOrDefault(name, Map.of());
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 0, Map.of());
    }
}
