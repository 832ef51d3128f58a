package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

    @Test
    void accepts_an_amount_with_six_decimals() {
        assertThat(Checks.amount(new BigDecimal("12.123456"), "maxAmount", false)).isEqualByComparingTo("12.123456");
    }

    @Test
    void rejects_an_amount_with_seven_decimals() {
        assertRefused(() -> Checks.amount(new BigDecimal("12.1234567"), "maxAmount", false), "amount.scale",
                "maxAmount");
    }

    @Test
    void ignores_trailing_zeros_when_counting_decimals() {
        assertThat(Checks.amount(new BigDecimal("5.1000000000"), "budget", false)).isEqualByComparingTo("5.1");
    }

    @Test
    void accepts_the_largest_amount_that_fits_the_column() {
        assertThat(Checks.amount(new BigDecimal("999999999999999.999999"), "budget", false)).isNotNull();
    }

    @Test
    void rejects_an_amount_of_sixteen_integer_digits() {
        assertRefused(() -> Checks.amount(new BigDecimal("1000000000000000"), "budget", false), "amount.too-large",
                "budget");
    }

    @Test
    void rejects_a_negative_amount() {
        assertRefused(() -> Checks.amount(new BigDecimal("-0.01"), "budget", false), "amount.range", "budget");
    }

    @Test
    void accepts_zero_unless_strictly_positive_is_asked() {
        assertThat(Checks.amount(BigDecimal.ZERO, "budget", false)).isZero();
        assertRefused(() -> Checks.amount(BigDecimal.ZERO, "maxAmount", true), "amount.range", "maxAmount");
    }

    @Test
    void lets_an_absent_amount_through() {
        assertThat(Checks.amount(null, "budget", true)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cae", "circular-economy", "optics-laser", "h2", "a-1-b"})
    void accepts_lower_case_words_joined_by_dashes_as_themes(String theme) {
        assertThat(Checks.themes(List.of(theme), "themes")).containsExactly(theme);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Health", "circular_economy", "a--b", "-a", "a-", "two words", "santé", ""})
    void rejects_anything_else_as_a_theme(String theme) {
        assertRefused(() -> Checks.themes(List.of(theme), "themes"), "theme.invalid", "themes");
    }

    @Test
    void rejects_the_same_theme_twice() {
        assertRefused(() -> Checks.themes(List.of("cae", "iae", "cae"), "themes"), "list.duplicate", "themes");
    }

    @Test
    void rejects_an_empty_value_in_a_list() {
        assertRefused(() -> Checks.distinct(Arrays.asList("a", null), "funders"), "list.null", "funders");
    }

    @Test
    void keeps_the_order_of_a_list_and_an_absent_list_absent() {
        assertThat(Checks.distinct(List.of("b", "a", "c"), "x")).containsExactly("b", "a", "c");
        assertThat(Checks.distinct(null, "x")).isNull();
        assertThat(Checks.themes(null, "x")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Région\nNouvelle-Aquitaine", "Fonds\r", "  "})
    void rejects_list_items_that_are_not_single_non_empty_lines(String funder) {
        assertRefused(() -> Checks.lines(List.of(funder), "funders"), "text.line", "funders");
    }

    @Test
    void treats_a_blank_string_as_missing() {
        assertRefused(() -> Checks.required("  ", "name"), "field.required", "name");
        assertRefused(() -> Checks.required(null, "name"), "field.required", "name");
        assertThat(Checks.required("x", "name")).isEqualTo("x");
    }

    @Test
    void trims_text_and_turns_blank_into_null() {
        assertThat(Checks.trimmedOrNull("  Bordeaux ")).isEqualTo("Bordeaux");
        assertThat(Checks.trimmedOrNull(" \t")).isNull();
        assertThat(Checks.trimmedOrNull(null)).isNull();
    }

    @Test
    void checks_a_range_with_both_bounds_included() {
        assertThat(Checks.range(0, 0, 130, "minAge")).isZero();
        assertThat(Checks.range(130, 0, 130, "minAge")).isEqualTo(130);
        assertThat(Checks.range(null, 0, 130, "minAge")).isNull();
        assertRefused(() -> Checks.range(131, 0, 130, "minAge"), "number.range", "minAge");
        assertRefused(() -> Checks.range(-1, 0, 130, "minAge"), "number.range", "minAge");
    }

    @Test
    void writes_amounts_without_storage_zeros_or_exponents() {
        assertThat(Checks.plain(new BigDecimal("500.000000")).toString()).isEqualTo("500");
        assertThat(Checks.plain(new BigDecimal("1E+4")).toString()).isEqualTo("10000");
        assertThat(Checks.plain(new BigDecimal("12.500000")).toString()).isEqualTo("12.5");
        assertThat(Checks.plain(null)).isNull();
    }

    @Test
    void refuses_text_longer_than_its_column_naming_the_language() {
        assertThat(Checks.length("x".repeat(500), 500, "name")).hasSize(500);
        assertRefused(() -> Checks.length("x".repeat(501), 500, "name"), "text.too-long", "name");
        assertRefused(() -> Checks.length(LocalizedText.of("ok", "x".repeat(501)), 500, "title"), "text.too-long",
                "title.en");
        assertThat(Checks.length((String) null, 1, "city")).isNull();
    }

    @Test
    void counts_a_list_stored_in_one_column_with_its_separators() {
        List<String> fits = List.of("x".repeat(1999), "y".repeat(2000));

        assertThat(Checks.joinedLength(fits, 4000, "themes")).isEqualTo(fits);
        assertRefused(() -> Checks.joinedLength(List.of("x".repeat(2000), "y".repeat(2000)), 4000, "themes"),
                "text.too-long", "themes");
    }
}
