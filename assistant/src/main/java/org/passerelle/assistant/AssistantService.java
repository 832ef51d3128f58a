package org.passerelle.assistant;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.conversation.ConversationStore;
import org.passerelle.assistant.eligibility.EligibilityService;
import org.passerelle.assistant.figures.ProjectFacts;
import org.passerelle.backend.dataset.DatasetChanged;
import org.passerelle.backend.dataset.DatasetDocument;
import org.passerelle.backend.dataset.DatasetExporter;
import org.passerelle.backend.search.ProgrammeSearch;
import org.passerelle.backend.search.SearchHit;
import org.passerelle.backend.search.SearchQuery;

/**
 * The assistant as the application uses it (REST resource, chat page, LLM path): the model-free
 * {@link Assistant} wired to the catalogue, the eligibility service, the Lucene search and the project
 * figures. Conversations are kept here: at most 10,000, two hours idle at most.
 */
@ApplicationScoped
public class AssistantService {

    static final int MAX_CONVERSATIONS = 10_000;
    static final Duration IDLE = Duration.ofHours(2);

    @Inject
    Catalogue catalogue;

    @Inject
    EligibilityService eligibility;

    @Inject
    ProgrammeSearch search;

    @Inject
    DatasetExporter exporter;

    @Inject
    Clock clock;

    private Assistant assistant;
    private volatile ProjectFacts facts;

    @PostConstruct
    void init() {
        assistant = new Assistant(catalogue, eligibility, this::searchCodes, this::facts,
                new ConversationStore(MAX_CONVERSATIONS, IDLE, clock), clock);
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) DatasetChanged event) {
        facts = null;
    }

    /** Answers a question; 400 (ValidationException) for an empty or too long question or a bad lang. */
    public AssistantAnswer ask(AskRequest request) {
        return assistant.ask(request);
    }

    /** The model-free core, for the LLM path's tools (search, details, eligibility, calls, figures). */
    public Assistant assistant() {
        return assistant;
    }

    private List<String> searchCodes(String text, int limit) {
        return search.search(SearchQuery.text(text, limit)).hits().stream().map(SearchHit::code).toList();
    }

    private ProjectFacts facts() {
        ProjectFacts current = facts;
        if (current == null) {
            DatasetDocument data = exporter.export();
            current = new ProjectFacts(data.projectsOrEmpty(), data.organisationsOrEmpty());
            facts = current;
        }
        return current;
    }
}
