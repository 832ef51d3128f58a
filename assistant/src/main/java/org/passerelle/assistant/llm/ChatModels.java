package org.passerelle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Optional;

/**
 * Builds the LangChain4j chat model the settings name. No retries: a failed or slow call falls back
 * to the model-free answer at once instead of keeping the person waiting; temperature 0 because the
 * model only rephrases facts.
 */
public final class ChatModels {

    private ChatModels() {
    }

    public static Optional<ChatModel> create(LlmSettings settings) {
        return switch (settings.provider()) {
            case NONE -> Optional.empty();
            case OPENAI -> Optional.of(OpenAiChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    // OpenAI-compatible local servers often need no key, but the client wants one.
                    .apiKey(settings.apiKey().orElse("not-needed"))
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .temperature(0.0)
                    .build());
            case OLLAMA -> Optional.of(OllamaChatModel.builder()
                    .baseUrl(settings.baseUrl())
                    .modelName(settings.model())
                    .timeout(settings.timeout())
                    .maxRetries(0)
                    .temperature(0.0)
                    .build());
        };
    }
}
