package org.passerelle.ui.pub;

import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;

/**
 * The assistant as the chat page uses it: one question in, one answer out. Kept as a port so the page
 * can say plainly that the assistant is unavailable when no implementation is deployed, and so tests
 * can answer for it.
 */
@FunctionalInterface
public interface AskAssistant {

    AssistantAnswer ask(AskRequest request);
}
