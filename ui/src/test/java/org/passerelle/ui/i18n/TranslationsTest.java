package org.passerelle.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void answers_in_french_by_default_and_in_english_when_asked() {
        assertThat(translations.getTranslation("common.save", null)).isEqualTo("Enregistrer");
        assertThat(translations.getTranslation("common.save", Locale.CANADA_FRENCH)).isEqualTo("Enregistrer");
        assertThat(translations.getTranslation("common.save", Locale.UK)).isEqualTo("Save");
        assertThat(translations.getTranslation("common.save", Locale.GERMAN)).isEqualTo("Enregistrer");
    }

    @Test
    void shows_a_missing_key_instead_of_failing() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @ParameterizedTest
    @ValueSource(strings = {"common", "manage", "public"})
    void every_french_key_has_an_english_one_and_back(String bundle) throws IOException {
        Properties french = load("/i18n/" + bundle + "_fr.properties");
        Properties english = load("/i18n/" + bundle + "_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
