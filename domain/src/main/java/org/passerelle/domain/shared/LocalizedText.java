package org.passerelle.domain.shared;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A text in French (required) and English (optional). Readers asking for English get the French
 * text when no English one was written.
 */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    private String fr;
    private String en;

    protected LocalizedText() {
        // for JPA
    }

    public LocalizedText(String fr, String en) {
        if (fr == null || fr.isBlank()) {
            throw new DomainException("text.fr.required", "fr", "The French text is required.");
        }
        this.fr = fr.strip();
        this.en = en == null || en.isBlank() ? null : en.strip();
    }

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    public static LocalizedText fr(String fr) {
        return new LocalizedText(fr, null);
    }

    public String fr() {
        return fr;
    }

    /** The English text as written, or {@code null}. */
    public String en() {
        return en;
    }

    /** The text for a language ({@code "fr"} or {@code "en"}), falling back to French. */
    public String in(String language) {
        return "en".equals(language) && en != null ? en : fr;
    }

    public String in(Locale locale) {
        return in(locale == null ? "fr" : locale.getLanguage());
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LocalizedText other && fr.equals(other.fr) && Objects.equals(en, other.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fr, en);
    }

    @Override
    public String toString() {
        return en == null ? fr : fr + " / " + en;
    }
}
