package org.passerelle.assistant.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.DemoAssistant;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.conversation.ConversationStore;
import org.passerelle.assistant.eligibility.EligibilityEngine;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.ExchangeRate;
import org.passerelle.assistant.figures.ProjectFacts;
import org.passerelle.assistant.retrieval.TextSearch;
import org.passerelle.assistant.semantic.DemoProgrammes;
import org.passerelle.assistant.semantic.RankFusion;
import org.passerelle.assistant.semantic.ScoredCode;
import org.passerelle.assistant.semantic.SemanticIndex;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetDocument;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.search.ProgrammeIndex;
import org.passerelle.backend.search.SearchHit;
import org.passerelle.backend.search.SearchQuery;

/**
 * Measures the model-free assistant's evaluation with and without semantic similarity fused into its
 * full-text ranking (Lucene and the semantic index by reciprocal rank), and holds the fused variant to
 * the same bar as the assistant itself: every metric at 90 % or more.
 */
class SemanticFusionEvaluationTest {

    @Test
    void fusing_semantic_similarity_into_the_search_keeps_every_metric_at_ninety_percent() {
        EvaluationSet set = EvaluationSet.load();
        DatasetDocument data = DemoAssistant.demoDataset();

        Evaluator.Report lexical = new Evaluator(AskClient.inProcess(assistant(data, false))).run(set, d -> true);
        Evaluator.Report fused = new Evaluator(AskClient.inProcess(assistant(data, true))).run(set, d -> true);

        System.out.println("Without semantic similarity:\n" + lexical.summary());
        System.out.println("With semantic similarity fused into the search:\n" + fused.summary());
        fused.failures().forEach(f -> System.out.println("  fused " + f));
        assertThat(fused.metrics().values()).allSatisfy(m -> assertThat(m.ratio()).as(m.name()).isGreaterThanOrEqualTo(0.90));
    }

    private static Assistant assistant(DatasetDocument data, boolean semantic) {
        List<ProgrammeData> published = DemoProgrammes.published();
        var codes = published.stream().map(ProgrammeData::code).collect(Collectors.toSet());
        List<CallData> calls = data.callsOrEmpty().stream().filter(c -> codes.contains(c.programme())).toList();
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        Catalogue catalogue = Catalogue.of(published, calls);
        EligibilityService eligibility = new EligibilityService(catalogue,
                new EligibilityEngine(ExchangeRate.defaultRate()), clock);
        ProgrammeIndex index = ProgrammeIndex.build(published, calls);
        TextSearch lucene = (text, limit) -> index.search(SearchQuery.text(text, limit).asOf(LocalDate.of(2026, 3, 1)))
                .hits().stream().map(SearchHit::code).toList();
        SemanticIndex similarity = DemoProgrammes.index();
        TextSearch search = !semantic ? lucene : (text, limit) -> RankFusion.standard()
                .fuse(List.of(lucene.codes(text, limit),
                        similarity.similar(text, limit).stream().map(ScoredCode::code).toList()))
                .stream().limit(limit).map(ScoredCode::code).toList();
        ProjectFacts facts = new ProjectFacts(data.projectsOrEmpty(), data.organisationsOrEmpty());
        return new Assistant(catalogue, eligibility, search, () -> facts,
                new ConversationStore(10_000, Duration.ofHours(2), clock), clock);
    }
}
