package org.passerelle.ui.pub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void every_applicant_word_is_a_valid_pattern_that_no_other_bundle_hides(String lang) throws IOException {
        Properties words = load("/i18n/public_" + lang + ".properties");
        Set<String> others = new HashSet<>(load("/i18n/common_" + lang + ".properties").stringPropertyNames());
        others.addAll(load("/i18n/manage_" + lang + ".properties").stringPropertyNames());

        assertThat(words.stringPropertyNames()).doesNotContainAnyElementsOf(others);
        for (String key : words.stringPropertyNames()) {
            String pattern = words.getProperty(key);
            if (pattern.contains("{0")) {
                assertThatCode(() -> new MessageFormat(pattern, Locale.forLanguageTag(lang)))
                        .as(key).doesNotThrowAnyException();
                assertThat(pattern.replace("''", "")).as(key + " keeps its apostrophes").doesNotContain("'");
            } else {
                assertThat(pattern).as(key + " is shown as written, without MessageFormat").doesNotContain("''");
            }
        }
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PublicWordsTest.class.getResourceAsStream(path)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }
}
