package org.passerelle.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyFormatTest {

    private static final String NNBSP = "\u202F";
    private static final String NBSP = "\u00A0";

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    @Test
    void writes_whole_euros_in_french_without_cents() {
        assertThat(MoneyFormat.format(amount("16000"), Currency.EUR, "fr")).isEqualTo("16" + NNBSP + "000" + NBSP + "€");
    }

    @Test
    void writes_canadian_dollars_in_french_with_dollar_ca() {
        assertThat(MoneyFormat.format(amount("15000"), Currency.CAD, "fr"))
                .isEqualTo("15" + NNBSP + "000" + NBSP + "$" + NBSP + "CA");
    }

    @Test
    void writes_cents_in_french_only_when_the_amount_is_not_whole() {
        assertThat(MoneyFormat.format(amount("12500.50"), Currency.EUR, "fr")).isEqualTo("12" + NNBSP + "500,50" + NBSP + "€");
        assertThat(MoneyFormat.format(amount("12500.5"), Currency.EUR, "fr")).isEqualTo("12" + NNBSP + "500,50" + NBSP + "€");
        assertThat(MoneyFormat.format(amount("12500.00"), Currency.EUR, "fr")).isEqualTo("12" + NNBSP + "500" + NBSP + "€");
    }

    @Test
    void writes_english_amounts_with_the_symbol_first_and_commas() {
        assertThat(MoneyFormat.format(amount("16000"), Currency.EUR, "en")).isEqualTo("€16,000");
        assertThat(MoneyFormat.format(amount("15000"), Currency.CAD, "en")).isEqualTo("CA$15,000");
        assertThat(MoneyFormat.format(amount("12500.50"), Currency.EUR, "en")).isEqualTo("€12,500.50");
    }

    @Test
    void groups_every_three_digits_and_leaves_short_amounts_alone() {
        assertThat(MoneyFormat.format(amount("0"), Currency.EUR, "en")).isEqualTo("€0");
        assertThat(MoneyFormat.format(amount("999"), Currency.EUR, "en")).isEqualTo("€999");
        assertThat(MoneyFormat.format(amount("1000"), Currency.EUR, "en")).isEqualTo("€1,000");
        assertThat(MoneyFormat.format(amount("1234567.89"), Currency.EUR, "en")).isEqualTo("€1,234,567.89");
        assertThat(MoneyFormat.format(amount("1234567.89"), Currency.EUR, "fr"))
                .isEqualTo("1" + NNBSP + "234" + NNBSP + "567,89" + NBSP + "€");
    }

    @Test
    void never_rounds_an_amount_that_has_more_than_two_decimals() {
        assertThat(MoneyFormat.format(amount("10000.005"), Currency.EUR, "en")).isEqualTo("€10,000.005");
        assertThat(MoneyFormat.format(amount("0.5"), Currency.EUR, "fr")).isEqualTo("0,50" + NBSP + "€");
    }

    @Test
    void accepts_amounts_written_with_an_exponent() {
        assertThat(MoneyFormat.format(new BigDecimal("1E+4"), Currency.EUR, "en")).isEqualTo("€10,000");
    }

    @Test
    void puts_the_minus_sign_before_everything() {
        assertThat(MoneyFormat.format(amount("-12500"), Currency.EUR, "en")).isEqualTo("-€12,500");
        assertThat(MoneyFormat.format(amount("-12500"), Currency.EUR, "fr")).isEqualTo("-12" + NNBSP + "500" + NBSP + "€");
    }

    @Test
    void falls_back_to_french_for_unknown_or_missing_languages() {
        String french = MoneyFormat.format(amount("16000"), Currency.EUR, "fr");
        assertThat(MoneyFormat.format(amount("16000"), Currency.EUR, (String) null)).isEqualTo(french);
        assertThat(MoneyFormat.format(amount("16000"), Currency.EUR, "de")).isEqualTo(french);
        assertThat(MoneyFormat.format(amount("16000"), Currency.EUR, Locale.CANADA_FRENCH)).isEqualTo(french);
        assertThat(MoneyFormat.format(amount("16000"), Currency.EUR, Locale.CANADA)).isEqualTo("€16,000");
        assertThat(MoneyFormat.format(amount("16000"), Currency.EUR, "en-CA")).isEqualTo("€16,000");
    }

    @Test
    void does_not_depend_on_the_default_locale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(MoneyFormat.format(amount("12500.5"), Currency.EUR, "en")).isEqualTo("€12,500.50");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void writes_exchange_rates_with_at_least_two_decimals() {
        assertThat(MoneyFormat.formatNumber(amount("1.5"), 2, "fr")).isEqualTo("1,50");
        assertThat(MoneyFormat.formatNumber(amount("1.5"), 2, "en")).isEqualTo("1.50");
        assertThat(MoneyFormat.formatNumber(amount("1.4725"), 2, "en")).isEqualTo("1.4725");
    }

    @Test
    void writes_percentages_with_the_french_narrow_space() {
        assertThat(MoneyFormat.formatPercent(amount("50"), "fr")).isEqualTo("50" + NNBSP + "%");
        assertThat(MoneyFormat.formatPercent(amount("33.5"), "fr")).isEqualTo("33,5" + NNBSP + "%");
        assertThat(MoneyFormat.formatPercent(amount("50.00"), "en")).isEqualTo("50%");
    }

    @Test
    void names_the_currency_symbols() {
        assertThat(MoneyFormat.symbol(Currency.EUR, "en")).isEqualTo("€");
        assertThat(MoneyFormat.symbol(Currency.CAD, "en")).isEqualTo("CA$");
        assertThat(MoneyFormat.symbol(Currency.CAD, "fr")).isEqualTo("$" + NBSP + "CA");
    }
}
