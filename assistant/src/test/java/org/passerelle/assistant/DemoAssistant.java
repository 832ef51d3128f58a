package org.passerelle.assistant;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.conversation.ConversationStore;
import org.passerelle.assistant.eligibility.EligibilityEngine;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.eligibility.ExchangeRate;
import org.passerelle.assistant.figures.ProjectFacts;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetDocument;
import org.passerelle.backend.dataset.DatasetReader;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.search.ProgrammeIndex;
import org.passerelle.backend.search.SearchHit;
import org.passerelle.backend.search.SearchQuery;
import org.passerelle.domain.programme.ProgrammeStatus;

/**
 * An {@link Assistant} over a dataset without a container, wired as the application wires it: the
 * published programmes, the eligibility service, a Lucene index of the same programmes, the projects.
 */
public final class DemoAssistant {

    private DemoAssistant() {
    }

    public static DatasetDocument demoDataset() {
        try (InputStream in = DemoAssistant.class.getResourceAsStream("/demo/demo-dataset.json")) {
            var read = DatasetReader.document(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            if (!read.valid()) {
                throw new IllegalStateException("Demo dataset invalid: " + read.errors());
            }
            return read.value();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Assistant demo() {
        return over(demoDataset());
    }

    public static Assistant over(DatasetDocument data) {
        List<ProgrammeData> published = data.programmesOrEmpty().stream()
                .filter(p -> p.status() == ProgrammeStatus.PUBLISHED).toList();
        var codes = published.stream().map(ProgrammeData::code).collect(java.util.stream.Collectors.toSet());
        List<CallData> calls = data.callsOrEmpty().stream().filter(c -> codes.contains(c.programme())).toList();
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        Catalogue catalogue = Catalogue.of(published, calls);
        EligibilityService eligibility = new EligibilityService(catalogue,
                new EligibilityEngine(ExchangeRate.defaultRate()), clock);
        ProgrammeIndex index = ProgrammeIndex.build(published, calls);
        ProjectFacts facts = new ProjectFacts(data.projectsOrEmpty(), data.organisationsOrEmpty());
        return new Assistant(catalogue, eligibility,
                (text, limit) -> index.search(SearchQuery.text(text, limit).asOf(java.time.LocalDate.of(2026, 3, 1)))
                        .hits().stream().map(SearchHit::code).toList(),
                () -> facts, new ConversationStore(10_000, Duration.ofHours(2), clock), clock);
    }
}
