package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalizedTextTest {

    @Test
    void requires_the_french_text() {
        assertRefused(() -> LocalizedText.of(" ", "Exchanges"), "text.fr.required", "fr");
        assertRefused(() -> LocalizedText.of(null, "Exchanges"), "text.fr.required", "fr");
    }

    @Test
    void keeps_a_blank_english_text_as_absent() {
        assertThat(LocalizedText.of("Échanges", "  ").en()).isNull();
    }

    @Test
    void strips_surrounding_spaces() {
        LocalizedText text = LocalizedText.of("  Échanges ", " Exchanges  ");

        assertThat(text.fr()).isEqualTo("Échanges");
        assertThat(text.en()).isEqualTo("Exchanges");
    }

    @Test
    void falls_back_to_french_when_no_english_was_written() {
        LocalizedText text = LocalizedText.fr("Échanges");

        assertThat(text.in("en")).isEqualTo("Échanges");
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("Échanges");
        assertThat(LocalizedText.of("Échanges", "Exchanges").in("en")).isEqualTo("Exchanges");
        assertThat(LocalizedText.of("Échanges", "Exchanges").in((Locale) null)).isEqualTo("Échanges");
    }

    @Test
    void is_equal_by_both_texts() {
        assertThat(LocalizedText.of("a", "b")).isEqualTo(LocalizedText.of("a", "b"))
                .hasSameHashCodeAs(LocalizedText.of("a", "b"))
                .isNotEqualTo(LocalizedText.of("a", null));
    }
}
