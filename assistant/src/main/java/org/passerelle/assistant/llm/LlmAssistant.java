package org.passerelle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.passerelle.assistant.AssistantService;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.eligibility.EligibilityService;

/**
 * The assistant's language-model path as the application uses it: when a model is configured, it
 * phrases the model-free answer with the help of the tools; otherwise the model-free answer is the
 * answer. The model calls run on the server's managed executor so that the deadline holds.
 */
@ApplicationScoped
public class LlmAssistant {

    @Inject
    LlmSettings settings;

    @Inject
    Optional<ChatModel> model;

    @Inject
    Catalogue catalogue;

    @Inject
    ProgrammeFinder finder;

    @Inject
    EligibilityService eligibility;

    @Inject
    Clock clock;

    @Inject
    AssistantService assistant;

    @Resource
    ManagedExecutorService executor;

    private volatile LlmAnswerer answerer;

    public boolean enabled() {
        return model.isPresent();
    }

    /** The answer phrased by the model when one is configured and answers in time; {@code modelFree} otherwise. */
    public AssistantAnswer answer(AskRequest request, AssistantAnswer modelFree) {
        if (model.isEmpty()) {
            return modelFree;
        }
        return answerer().answer(request, modelFree);
    }

    private LlmAnswerer answerer() {
        if (answerer == null) {
            answerer = new LlmAnswerer(model.get(), context -> {
                ToolLedger ledger = new ToolLedger();
                return new LlmAnswerer.ToolLedgerTools(
                        new ProgrammeTools(catalogue, finder, eligibility, assistant.assistant()::projectFigures, context,
                                ledger), ledger);
            }, catalogue, settings.timeout(), executor, clock);
        }
        return answerer;
    }
}
