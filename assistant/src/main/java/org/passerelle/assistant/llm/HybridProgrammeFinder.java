package org.passerelle.assistant.llm;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.passerelle.assistant.AssistantService;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.eligibility.ApplicantProfile;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.Verdict;
import org.passerelle.assistant.semantic.RankFusion;
import org.passerelle.assistant.semantic.ScoredCode;
import org.passerelle.assistant.semantic.SemanticSearch;

/**
 * The search tool's retrieval: the model-free assistant's profile-aware ranking (its own matcher and
 * Lucene) fused by reciprocal rank with semantic similarity, so that a programme found by words or by
 * meaning is found and one found by both comes first. Programmes the profile makes ineligible are left
 * out, as the model-free search leaves them out.
 */
@ApplicationScoped
public class HybridProgrammeFinder implements ProgrammeFinder {

    private final AssistantService assistant;
    private final SemanticSearch semantic;
    private final Catalogue catalogue;
    private final EligibilityService eligibility;
    private final Clock clock;

    @Inject
    public HybridProgrammeFinder(AssistantService assistant, SemanticSearch semantic, Catalogue catalogue,
            EligibilityService eligibility, Clock clock) {
        this.assistant = assistant;
        this.semantic = semantic;
        this.catalogue = catalogue;
        this.eligibility = eligibility;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected HybridProgrammeFinder() {
        this(null, null, null, null, null);
    }

    @Override
    public List<ScoredCode> find(String subject, ApplicantProfile profile, int limit) {
        if (subject == null || subject.isBlank()) {
            return List.of();
        }
        List<ScoredCode> words = assistant.assistant().searchProgrammes(subject, profile, limit).stream()
                .map(ref -> new ScoredCode(ref.code(), ref.score())).toList();
        List<ScoredCode> meaning = semantic.similar(subject, limit);
        Set<String> excluded = profile == null || profile.isEmpty() ? Set.of()
                : eligibility.evaluate(meaning.stream().map(s -> catalogue.find(s.code())).flatMap(Optional::stream)
                        .toList(), profile, LocalDate.now(clock), "en").stream()
                        .filter(r -> r.verdict() == Verdict.NOT_ELIGIBLE).map(r -> r.programme())
                        .collect(Collectors.toSet());
        // Scaled so that a programme first in both rankings scores 1, like the model-free scores.
        double best = 2.0 / (RankFusion.DEFAULT_K + 1);
        return RankFusion.standard().fuseScored(words, meaning.stream().filter(s -> !excluded.contains(s.code())).toList())
                .stream().limit(limit)
                .map(s -> new ScoredCode(s.code(), Math.round(s.score() / best * 1000) / 1000.0)).toList();
    }
}
