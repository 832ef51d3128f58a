package org.passerelle.assistant.llm;

import java.util.stream.Collectors;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;

/**
 * The message the model reads for one question: the language, today's date, the facts the
 * model-free assistant already established (profile, programmes, verdicts, its own draft), then the
 * question fenced as data. Fence markers inside the question are neutralised so it cannot close the fence.
 */
final class AgentPrompt {

    private AgentPrompt() {
    }

    static String of(AskRequest request, AssistantAnswer modelFree, AnswerContext context) {
        String language = "en".equals(context.lang()) ? "English" : "French";
        String programmes = modelFree.programmes() == null || modelFree.programmes().isEmpty() ? "none"
                : modelFree.programmes().stream().map(p -> p.code() + " (" + p.name() + ")")
                        .collect(Collectors.joining(", "));
        String verdicts = modelFree.eligibility() == null || modelFree.eligibility().isEmpty() ? "none"
                : modelFree.eligibility().stream().map(r -> r.programme() + ": " + r.verdict()
                        + (r.missing().isEmpty() ? "" : ", missing " + r.missing())
                        + (r.failed().isEmpty() ? "" : ", failed " + r.failed().stream()
                                .map(f -> f.message()).collect(Collectors.joining("; "))))
                        .collect(Collectors.joining("\n"));
        return """
                Answer in %s. Today is %s.
                Profile of the asker (already understood, do not change it): %s
                Programmes already found: %s
                Eligibility already checked:
                %s
                Draft answer from the rules (correct facts; rephrase it, complete it with the tools if useful):
                %s
                <question>
                %s
                </question>""".formatted(language, context.today(), modelFree.profile(), programmes, verdicts,
                modelFree.answer() == null ? "" : modelFree.answer(), fenced(request.question()));
    }

    private static String fenced(String question) {
        return question == null ? "" : question.replaceAll("(?i)</?question>", "");
    }
}
