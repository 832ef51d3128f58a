package org.passerelle.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    @Test
    void is_french_without_a_cookie_or_with_nonsense_in_it() {
        assertThat(LanguagePreference.from(null)).isEqualTo(Locale.FRENCH);
        assertThat(LanguagePreference.from(new Cookie[] {new Cookie("other", "en")})).isEqualTo(Locale.FRENCH);
        assertThat(LanguagePreference.from(new Cookie[] {new Cookie(LanguagePreference.COOKIE, "de")}))
                .isEqualTo(Locale.FRENCH);
    }

    @Test
    void is_english_when_the_cookie_says_so() {
        assertThat(LanguagePreference.from(new Cookie[] {new Cookie("x", "y"), new Cookie(LanguagePreference.COOKIE, "EN")}))
                .isEqualTo(Locale.ENGLISH);
    }

    @Test
    void remembers_the_choice_for_the_whole_site_for_a_year() {
        Cookie cookie = LanguagePreference.cookie(Locale.CANADA, "");

        assertThat(cookie.getName()).isEqualTo("passerelle-lang");
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
    }
}
