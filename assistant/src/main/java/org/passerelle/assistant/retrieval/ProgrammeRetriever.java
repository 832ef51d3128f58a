package org.passerelle.assistant.retrieval;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Retrieval over the published programmes: the lexical matcher fused with the full-text search by
 * weighted reciprocal-rank fusion. The lexical matcher decides whether anything matches at all (so a
 * question about tuna fishing gets no programme rather than Lucene's nearest guess); the search
 * reorders and completes the matches with its synonyms and stemming.
 */
public final class ProgrammeRetriever {

    private static final int K = 10;
    private static final double LEXICAL_WEIGHT = 1.0;
    private static final double SEARCH_WEIGHT = 0.6;

    private final LexicalMatcher lexical;
    private final TextSearch search;

    public ProgrammeRetriever(LexicalMatcher lexical, TextSearch search) {
        this.lexical = lexical;
        this.search = search;
    }

    /** Codes with fused scores in (0, 1], best first; empty when nothing matches. */
    public LinkedHashMap<String, Double> retrieve(String question, int limit) {
        LinkedHashMap<String, Double> lexicalHits = lexical.match(question, 50);
        if (lexicalHits.isEmpty()) {
            return new LinkedHashMap<>();
        }
        List<String> searchHits;
        try {
            searchHits = search.codes(question, 50);
        } catch (RuntimeException unusable) {
            searchHits = List.of();
        }
        Map<String, Double> fused = new HashMap<>();
        int rank = 0;
        for (String code : lexicalHits.keySet()) {
            fused.merge(code, LEXICAL_WEIGHT / (K + ++rank), Double::sum);
        }
        rank = 0;
        for (String code : searchHits) {
            rank++;
            if (lexicalHits.containsKey(code)) {
                fused.merge(code, SEARCH_WEIGHT / (K + rank), Double::sum);
            }
        }
        double best = (LEXICAL_WEIGHT + SEARCH_WEIGHT) / (K + 1);
        LinkedHashMap<String, Double> ranked = new LinkedHashMap<>();
        fused.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(limit)
                .forEach(e -> ranked.put(e.getKey(), Math.round(e.getValue() / best * 1000) / 1000.0));
        return ranked;
    }
}
