package org.passerelle.assistant.eligibility;

import java.util.Objects;
import org.passerelle.domain.shared.LocalizedText;

/** A profile value the engine will not take, named by its wire field so a 400 answer can point at it. */
public record FieldError(String field, LocalizedText message) {

    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
