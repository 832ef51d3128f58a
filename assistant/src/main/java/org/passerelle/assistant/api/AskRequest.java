package org.passerelle.assistant.api;

import java.time.LocalDate;

/**
 * A question to the assistant ({@code POST /api/assistant/ask}). {@code conversationId} null starts a
 * conversation; {@code lang} is {@code fr}, {@code en} or {@code auto} (null means auto); {@code asOf}
 * fixes the day taken as today for calls and deadlines (null: the server's date).
 */
public record AskRequest(String question, String conversationId, String lang, LocalDate asOf) {
}
