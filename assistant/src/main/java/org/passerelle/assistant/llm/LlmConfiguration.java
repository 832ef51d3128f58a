package org.passerelle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.passerelle.backend.config.Settings;

/**
 * The language-model collaborators as CDI beans: the checked settings, and the LangChain4j
 * {@link ChatModel} — present only when {@code PASSERELLE_LLM_PROVIDER} is not {@code none}. Singletons
 * (no proxy) because both are immutable values and {@link Optional} cannot be proxied.
 */
@ApplicationScoped
public class LlmConfiguration {

    @Produces
    @Singleton
    LlmSettings settings() {
        return LlmSettings.read(Settings.current());
    }

    @Produces
    @Singleton
    Optional<ChatModel> chatModel(LlmSettings settings) {
        return ChatModels.create(settings);
    }
}
