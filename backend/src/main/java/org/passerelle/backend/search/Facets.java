package org.passerelle.backend.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Counts the matching programmes under each value of each facet. Built with the index: every facet
 * value gets a number, and every programme the numbers of its values, so that counting a search's
 * matches (up to all 10,000) is adding one to array cells rather than looking strings up in maps. A facet
 * value with no matching programme is left out; values are sorted. Whether a call is open depends on the
 * day asked about, so that facet is counted from the calls' periods at query time.
 */
final class Facets {

    static final String AXIS = SearchResult.AXIS;
    static final String APPLICANT_TYPE = SearchResult.APPLICANT_TYPE;
    static final String TERRITORY = SearchResult.TERRITORY;
    static final String THEME = SearchResult.THEME;
    static final String FUNDER = SearchResult.FUNDER;
    static final String OPEN_CALL_NOW = SearchResult.OPEN_CALL_NOW;

    /** The facets a programme's own values decide, in the order they are reported. */
    private static final List<String> STORED = List.of(AXIS, APPLICANT_TYPE, TERRITORY, THEME, FUNDER);

    /** Per facet, its values in order; their position is their number. */
    private final List<List<String>> values = new ArrayList<>();
    /** Per programme (by ordinal), per facet, the numbers of its values. */
    private final int[][][] programmeValues;

    Facets(List<IndexedProgramme> programmes) {
        List<Function<IndexedProgramme, Collection<String>>> readers = List.of(
                p -> p.programme().axes() == null ? List.of() : p.programme().axes().stream().map(Enum::name).toList(),
                p -> p.applicantTypes().stream().map(Enum::name).toList(),
                p -> p.territories().stream().map(Enum::name).toList(),
                IndexedProgramme::themes,
                IndexedProgramme::funders);
        List<Map<String, Integer>> numbers = new ArrayList<>();
        for (Function<IndexedProgramme, Collection<String>> reader : readers) {
            TreeSet<String> all = new TreeSet<>();
            programmes.forEach(p -> all.addAll(reader.apply(p)));
            List<String> sorted = List.copyOf(all);
            Map<String, Integer> byValue = new java.util.HashMap<>();
            for (int i = 0; i < sorted.size(); i++) {
                byValue.put(sorted.get(i), i);
            }
            values.add(sorted);
            numbers.add(byValue);
        }
        programmeValues = new int[programmes.size()][][];
        for (int ordinal = 0; ordinal < programmes.size(); ordinal++) {
            IndexedProgramme programme = programmes.get(ordinal);
            int[][] own = new int[readers.size()][];
            for (int facet = 0; facet < readers.size(); facet++) {
                Map<String, Integer> byValue = numbers.get(facet);
                own[facet] = reader(readers, facet, programme).stream().distinct().mapToInt(byValue::get).toArray();
            }
            programmeValues[ordinal] = own;
        }
    }

    private static Collection<String> reader(List<Function<IndexedProgramme, Collection<String>>> readers,
            int facet, IndexedProgramme programme) {
        return readers.get(facet).apply(programme);
    }

    Map<String, Map<String, Long>> count(List<ProgrammeIndex.Scored> hits, LocalDate day) {
        long[][] counts = new long[STORED.size()][];
        for (int facet = 0; facet < counts.length; facet++) {
            counts[facet] = new long[values.get(facet).size()];
        }
        long open = 0;
        for (ProgrammeIndex.Scored hit : hits) {
            int[][] own = programmeValues[hit.ordinal()];
            for (int facet = 0; facet < own.length; facet++) {
                long[] cells = counts[facet];
                for (int value : own[facet]) {
                    cells[value]++;
                }
            }
            if (hit.programme().hasCallOpenOn(day)) {
                open++;
            }
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (int facet = 0; facet < counts.length; facet++) {
            Map<String, Long> nonZero = new TreeMap<>();
            for (int value = 0; value < counts[facet].length; value++) {
                if (counts[facet][value] > 0) {
                    nonZero.put(values.get(facet).get(value), counts[facet][value]);
                }
            }
            facets.put(STORED.get(facet), Collections.unmodifiableMap(nonZero));
        }
        Map<String, Long> openCallNow = new TreeMap<>();
        if (open > 0) {
            openCallNow.put("true", open);
        }
        if (hits.size() - open > 0) {
            openCallNow.put("false", hits.size() - open);
        }
        facets.put(OPEN_CALL_NOW, Collections.unmodifiableMap(openCallNow));
        return facets;
    }
}
