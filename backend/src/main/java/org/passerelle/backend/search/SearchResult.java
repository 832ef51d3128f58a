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

    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    public static SearchResult empty() {
        return new SearchResult(List.of(), 0, Map.of());
    }
}
