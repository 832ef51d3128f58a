package org.passerelle.assistant.llm;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.logging.Logger;
import org.passerelle.backend.startup.DataLoaded;

/**
 * Reads the language-model settings while the application starts, so that a wrong value (unknown
 * provider, bad URL or timeout) fails the start with a message naming the variable, and logs which
 * model, if any, phrases the answers.
 */
@ApplicationScoped
public class LlmStartupCheck {

    private static final Logger LOG = Logger.getLogger(LlmStartupCheck.class.getName());

    void check(@Observes DataLoaded event, LlmSettings settings, Optional<ChatModel> model) {
        LOG.info(() -> "Language model: " + settings.describe() + (model.isPresent() ? "" : "; answers are model-free"));
    }
}
