package org.passerelle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.service.AiServices;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.assistant.catalogue.Catalogue;
import org.passerelle.assistant.catalogue.CatalogueEntry;
import org.passerelle.assistant.eligibility.api.EligibilityAnswer;
import org.passerelle.backend.dataset.ProgrammeData;

/**
 * The language-model path of the assistant: the model phrases the answer and may call the read-only
 * {@link ProgrammeTools}; the structured fields are the model-free answer's, completed with what the
 * tools returned ({@link ToolLedger}). Any failure of the model — error, garbage, no text, slower than
 * the deadline — gives the model-free answer unchanged.
 */
public final class LlmAnswerer {

    private static final Logger LOG = Logger.getLogger(LlmAnswerer.class.getName());
    /** Enough for search, details and eligibility on a few programmes; a model that loops is cut off. */
    static final int MAX_TOOL_CALLS = 6;
    static final int MAX_PROGRAMMES = 5;

    private final ChatModel model;
    private final Function<AnswerContext, ToolLedgerTools> tools;
    private final Catalogue catalogue;
    private final Duration deadline;
    private final Executor executor;
    private final java.time.Clock clock;

    /**
     * @param deadline the longest a whole answer may take, tool round trips included
     * @param executor runs the model calls, so that the deadline can be kept
     * @param clock gives today when the question fixes no day
     */
    public LlmAnswerer(ChatModel model, Function<AnswerContext, ToolLedgerTools> tools, Catalogue catalogue,
            Duration deadline, Executor executor, java.time.Clock clock) {
        this.model = model;
        this.tools = tools;
        this.catalogue = catalogue;
        this.deadline = deadline;
        this.executor = executor;
        this.clock = clock;
    }

    /** A fresh set of tools and the ledger they write to, for one answer. */
    public record ToolLedgerTools(ProgrammeTools tools, ToolLedger ledger) {
    }

    public AssistantAnswer answer(AskRequest request, AssistantAnswer modelFree) {
        AnswerContext context = new AnswerContext(modelFree.profile() == null ? null : modelFree.profile().toProfile(),
                request.asOf() == null ? java.time.LocalDate.now(clock) : request.asOf(), modelFree.lang());
        ToolLedgerTools prepared = tools.apply(context);
        PasserelleAgent agent = AiServices.builder(PasserelleAgent.class)
                .chatModel(model)
                .tools(prepared.tools())
                .maxSequentialToolsInvocations(MAX_TOOL_CALLS)
                .hallucinatedToolNameStrategy(call -> dev.langchain4j.data.message.ToolExecutionResultMessage.from(call,
                        "There is no tool named '" + call.name() + "'."))
                .build();
        String prompt = AgentPrompt.of(request, modelFree, context);
        String text;
        try {
            text = CompletableFuture.supplyAsync(() -> agent.answer(prompt), executor)
                    .get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warning(() -> "The language model did not answer within " + deadline.toSeconds()
                    + " s; the model-free answer is given.");
            return modelFree;
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            LOG.log(Level.WARNING, "The language model failed (" + cause + "); the model-free answer is given.");
            LOG.log(Level.FINE, "Language model failure", cause);
            return modelFree;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return modelFree;
        }
        if (text == null || text.isBlank()) {
            LOG.warning("The language model gave no text; the model-free answer is given.");
            return modelFree;
        }
        return merge(modelFree, text.strip(), prepared.ledger());
    }

    /** The model's text with the model-free answer's fields, completed with the real programmes the tools returned. */
    AssistantAnswer merge(AssistantAnswer modelFree, String text, ToolLedger ledger) {
        Map<String, AssistantAnswer.ProgrammeRef> programmes = new LinkedHashMap<>();
        for (AssistantAnswer.ProgrammeRef ref : nullSafe(modelFree.programmes())) {
            programmes.put(ref.code(), ref);
        }
        ledger.programmes().forEach((code, score) -> {
            if (programmes.size() < MAX_PROGRAMMES && !programmes.containsKey(code)) {
                catalogue.find(code).ifPresent(entry -> programmes.put(code,
                        new AssistantAnswer.ProgrammeRef(code, name(entry, modelFree.lang()), score)));
            }
        });
        Map<String, EligibilityAnswer.Result> verdicts = new LinkedHashMap<>();
        nullSafe(modelFree.eligibility()).forEach(r -> verdicts.put(r.programme(), r));
        ledger.verdicts().stream().filter(r -> programmes.containsKey(r.programme()))
                .forEach(r -> verdicts.putIfAbsent(r.programme(), r));
        List<AssistantAnswer.Source> sources = new ArrayList<>(nullSafe(modelFree.sources()));
        Set<String> cited = new LinkedHashSet<>(sources.stream().map(AssistantAnswer.Source::programme).toList());
        for (String code : programmes.keySet()) {
            catalogue.find(code).map(CatalogueEntry::programme).map(ProgrammeData::url)
                    .filter(url -> !cited.contains(code))
                    .ifPresent(url -> sources.add(new AssistantAnswer.Source(code, url)));
        }
        return new AssistantAnswer(modelFree.conversationId(), modelFree.lang(), text, modelFree.profile(),
                List.copyOf(programmes.values()), List.copyOf(verdicts.values()), List.copyOf(sources),
                modelFree.suggestions());
    }

    private static String name(CatalogueEntry entry, String lang) {
        var name = entry.programme().name();
        return "en".equals(lang) && name.en() != null ? name.en() : name.fr();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
