package org.passerelle.assistant.semantic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion: merges rankings whose scores are not comparable (Lucene's BM25 and cosine
 * similarity) by rank alone, each list adding {@code 1 / (k + rank)} to a code. A code ranked well by
 * several lists rises; ties keep the order in which codes were first met, so the result is stable.
 */
public final class RankFusion {

    /** The constant of Cormack et al. (2009): dampens the weight of the very first ranks. */
    public static final int DEFAULT_K = 60;

    private final int k;

    public RankFusion(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, not " + k);
        }
        this.k = k;
    }

    public static RankFusion standard() {
        return new RankFusion(DEFAULT_K);
    }

    /** The fused ranking of every code met in {@code rankings}, best first; a code repeated in one list counts once. */
    public List<ScoredCode> fuse(List<List<String>> rankings) {
        Map<String, Double> scores = new LinkedHashMap<>();
        for (List<String> ranking : rankings) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            int rank = 0;
            for (String code : ranking) {
                if (seen.add(code)) {
                    rank++;
                    scores.merge(code, 1.0 / (k + rank), Double::sum);
                }
            }
        }
        List<ScoredCode> fused = new ArrayList<>();
        scores.forEach((code, score) -> fused.add(new ScoredCode(code, score)));
        fused.sort(Comparator.comparingDouble(ScoredCode::score).reversed());
        return fused;
    }

    /** Convenience for two lists of scored codes (e.g. Lucene's and the semantic index's). */
    public List<ScoredCode> fuseScored(List<ScoredCode> first, List<ScoredCode> second) {
        return fuse(List.of(first.stream().map(ScoredCode::code).toList(), second.stream().map(ScoredCode::code).toList()));
    }
}
