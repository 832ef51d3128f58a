package org.passerelle.backend.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.passerelle.backend.dataset.Errors;
import org.passerelle.backend.dataset.ValidationError;

class AccountPasswordRulesTest {

    private static Errors check(String password) {
        Errors errors = new Errors();
        AccountService.checkPassword(password, errors);
        return errors;
    }

    @ParameterizedTest
    @ValueSource(strings = {"douze-signes", "a long passphrase with spaces", "éèàùçôîûëïüÿ"})
    void accepts_a_password_of_twelve_characters_or_more(String password) {
        assertThat(check(password).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"onze-signes", "", "            ", "\t\t\t\t\t\t\t\t\t\t\t\t\t"})
    void rejects_a_shorter_or_blank_password_at_its_field(String password) {
        assertThat(check(password).list()).extracting(ValidationError::path).containsExactly("$.password");
    }

    @Test
    void counts_characters_not_utf16_units() {
        String elevenEmoji = "🙂".repeat(11);

        assertThat(elevenEmoji.length()).isEqualTo(22);
        assertThat(check(elevenEmoji).isEmpty()).isFalse();
        assertThat(check(elevenEmoji + "x").isEmpty()).isTrue();
    }

    @Test
    void leaves_a_missing_password_to_the_account_which_requires_it() {
        assertThat(check(null).isEmpty()).isTrue();
    }
}
