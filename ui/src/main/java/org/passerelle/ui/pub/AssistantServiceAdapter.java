package org.passerelle.ui.pub;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.passerelle.assistant.AssistantService;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;

/** The chat page's port to the assistant module, in-process (never through the REST API). */
@ApplicationScoped
public class AssistantServiceAdapter implements AskAssistant {

    private final AssistantService assistant;

    @Inject
    public AssistantServiceAdapter(AssistantService assistant) {
        this.assistant = assistant;
    }

    /** For CDI's proxy. */
    protected AssistantServiceAdapter() {
        this.assistant = null;
    }

    @Override
    public AssistantAnswer ask(AskRequest request) {
        return assistant.ask(request);
    }
}
