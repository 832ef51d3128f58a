package org.passerelle.backend.search;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts the matching programmes under each value of each facet, by simple counting over the hits
 * (tens to thousands of programmes: cheaper than keeping Lucene's facet structures in step). A facet
 * value with no matching programme is left out; values are sorted.
 */
final class Facets {

    static final String AXIS = SearchResult.AXIS;
    static final String APPLICANT_TYPE = SearchResult.APPLICANT_TYPE;
    static final String TERRITORY = SearchResult.TERRITORY;
    static final String THEME = SearchResult.THEME;
    static final String FUNDER = SearchResult.FUNDER;
    static final String OPEN_CALL_NOW = SearchResult.OPEN_CALL_NOW;

    private Facets() {
    }

    static Map<String, Map<String, Long>> count(List<ProgrammeIndex.Scored> hits, LocalDate day) {
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String facet : List.of(AXIS, APPLICANT_TYPE, TERRITORY, THEME, FUNDER, OPEN_CALL_NOW)) {
            facets.put(facet, new TreeMap<>());
        }
        for (ProgrammeIndex.Scored hit : hits) {
            IndexedProgramme programme = hit.programme();
            if (programme.programme().axes() != null) {
                programme.programme().axes().forEach(axis -> add(facets, AXIS, axis.name()));
            }
            programme.applicantTypes().forEach(type -> add(facets, APPLICANT_TYPE, type.name()));
            programme.territories().forEach(territory -> add(facets, TERRITORY, territory.name()));
            programme.themes().forEach(theme -> add(facets, THEME, theme));
            programme.funders().forEach(funder -> add(facets, FUNDER, funder));
            add(facets, OPEN_CALL_NOW, Boolean.toString(programme.hasCallOpenOn(day)));
        }
        facets.replaceAll((name, counts) -> Collections.unmodifiableMap(counts));
        return facets;
    }

    private static void add(Map<String, Map<String, Long>> facets, String facet, String value) {
        facets.get(facet).merge(value, 1L, Long::sum);
    }
}
