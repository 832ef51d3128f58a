package org.passerelle.assistant.llm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.passerelle.assistant.semantic.RankFusion;
import org.passerelle.assistant.semantic.ScoredCode;
import org.passerelle.assistant.semantic.SemanticSearch;
import org.passerelle.backend.search.ProgrammeSearch;
import org.passerelle.backend.search.SearchQuery;

/**
 * The search tool's retrieval: Lucene's full-text ranking and the semantic ranking fused by
 * reciprocal rank, so that a programme found by words or by meaning is found, and one found by both
 * comes first.
 */
@ApplicationScoped
public class HybridProgrammeFinder implements ProgrammeFinder {

    private final ProgrammeSearch search;
    private final SemanticSearch semantic;

    @Inject
    public HybridProgrammeFinder(ProgrammeSearch search, SemanticSearch semantic) {
        this.search = search;
        this.semantic = semantic;
    }

    /** For CDI's proxy only. */
    protected HybridProgrammeFinder() {
        this(null, null);
    }

    @Override
    public List<ScoredCode> find(String subject, int limit) {
        if (subject == null || subject.isBlank()) {
            return List.of();
        }
        List<ScoredCode> words = search.search(SearchQuery.text(subject, limit)).hits().stream()
                .map(hit -> new ScoredCode(hit.code(), hit.score())).toList();
        return RankFusion.standard().fuseScored(words, semantic.similar(subject, limit)).stream().limit(limit).toList();
    }
}
