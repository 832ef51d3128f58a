package org.passerelle.assistant.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.DomainException;

class ExchangeRateTest {

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }

    @Test
    void defaults_to_one_euro_for_one_dollar_fifty() {
        assertThat(ExchangeRate.defaultRate().eurToCad()).isEqualByComparingTo("1.50");
        assertThat(ExchangeRate.fromSetting(null)).isEqualTo(ExchangeRate.defaultRate());
        assertThat(ExchangeRate.fromSetting("  ")).isEqualTo(ExchangeRate.defaultRate());
    }

    @Test
    void reads_a_rate_from_a_setting() {
        assertThat(ExchangeRate.fromSetting(" 1.47 ").eurToCad()).isEqualByComparingTo("1.47");
    }

    @Test
    void refuses_a_rate_that_is_not_a_positive_number() {
        assertThatThrownBy(() -> ExchangeRate.eurToCad(BigDecimal.ZERO)).isInstanceOf(DomainException.class)
                .hasMessageContaining("greater than zero");
        assertThatThrownBy(() -> ExchangeRate.eurToCad(amount("-1.5"))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> ExchangeRate.fromSetting("one and a half")).isInstanceOf(DomainException.class)
                .hasMessageContaining("one and a half");
    }

    @Test
    void converts_euros_to_dollars_exactly() {
        assertThat(ExchangeRate.defaultRate().convert(amount("10000.01"), Currency.EUR, Currency.CAD))
                .isEqualByComparingTo("15000.015");
    }

    @Test
    void converts_dollars_to_euros_with_ten_decimals() {
        ExchangeRate rate = ExchangeRate.defaultRate();
        assertThat(rate.convert(amount("15000"), Currency.CAD, Currency.EUR)).isEqualByComparingTo("10000");
        assertThat(rate.convert(amount("100"), Currency.CAD, Currency.EUR)).isEqualTo(amount("66.6666666667"));
    }

    @Test
    void leaves_an_amount_in_its_own_currency_untouched() {
        BigDecimal amount = amount("123.45");
        assertThat(ExchangeRate.defaultRate().convert(amount, Currency.CAD, Currency.CAD)).isSameAs(amount);
    }

    @Test
    void compares_an_amount_exactly_at_a_cap_in_the_other_currency_as_equal() {
        ExchangeRate rate = ExchangeRate.eurToCad(amount("1.30"));
        // 1 000 $ CA is 769.2307… €: a divided value would round, the comparison must not.
        assertThat(rate.compare(amount("1000"), Currency.CAD, amount("769.23"), Currency.EUR)).isPositive();
        assertThat(rate.compare(amount("1000"), Currency.CAD, amount("769.24"), Currency.EUR)).isNegative();
        assertThat(rate.compare(amount("1300"), Currency.CAD, amount("1000"), Currency.EUR)).isZero();
        assertThat(rate.compare(amount("1000"), Currency.EUR, amount("1300.00"), Currency.CAD)).isZero();
    }

    @Test
    void rates_with_the_same_value_are_equal_whatever_their_scale() {
        assertThat(ExchangeRate.eurToCad(amount("1.5"))).isEqualTo(ExchangeRate.eurToCad(amount("1.50")))
                .hasSameHashCodeAs(ExchangeRate.eurToCad(amount("1.50")));
    }
}
