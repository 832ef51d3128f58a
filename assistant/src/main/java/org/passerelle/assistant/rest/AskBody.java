package org.passerelle.assistant.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.backend.dataset.ValidationException;

/**
 * The JSON body of {@code POST /api/assistant/ask} as it comes: {@code asOf} stays text until checked
 * here, so that a bad date is a 400 naming {@code $.asOf} rather than a deserialisation failure.
 */
public record AskBody(String question, String conversationId, String lang, String asOf) {

    public AskRequest toRequest() {
        LocalDate day = null;
        if (asOf != null) {
            try {
                day = LocalDate.parse(asOf);
            } catch (DateTimeParseException e) {
                throw ValidationException.single("$.asOf", "'" + asOf + "' is not a date of the form YYYY-MM-DD.");
            }
        }
        return new AskRequest(question, conversationId, lang, day);
    }
}
