package org.passerelle.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.passerelle.domain.Refusals.assertRefused;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundingTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void requires_a_maximum_amount_above_zero() {
        assertRefused(() -> new Funding(n("0"), null, null), "amount.range", "maxAmount");
        assertRefused(() -> new Funding(n("-10"), null, null), "amount.range", "maxAmount");
        assertThat(new Funding(n("0.01"), null, null).maxAmount()).isEqualByComparingTo("0.01");
    }

    @Test
    void accepts_a_rate_up_to_one_hundred_percent() {
        assertThat(new Funding(null, n("100"), null).maxFundingRatePercent()).isEqualByComparingTo("100");
        assertThat(new Funding(null, n("0.5"), null).maxFundingRatePercent()).isEqualByComparingTo("0.5");
    }

    @Test
    void rejects_a_rate_above_one_hundred_percent() {
        assertRefused(() -> new Funding(null, n("100.000001"), null), "funding.rate", "maxFundingRatePercent");
    }

    @Test
    void rejects_a_rate_of_zero_or_below() {
        assertRefused(() -> new Funding(null, n("0"), null), "amount.range", "maxFundingRatePercent");
        assertRefused(() -> new Funding(null, n("-5"), null), "amount.range", "maxFundingRatePercent");
    }

    @Test
    void accepts_a_minimum_budget_of_zero_but_not_below() {
        assertThat(new Funding(null, null, n("0")).minProjectBudget()).isZero();
        assertRefused(() -> new Funding(null, null, n("-1")), "amount.range", "minProjectBudget");
    }

    @Test
    void rejects_more_than_six_decimals() {
        assertRefused(() -> new Funding(n("1.0000001"), null, null), "amount.scale", "maxAmount");
    }

    @Test
    void is_empty_only_without_any_limit() {
        assertThat(new Funding(null, null, null).isEmpty()).isTrue();
        assertThat(new Funding(null, null, n("0")).isEmpty()).isFalse();
    }

    @Test
    void is_equal_whatever_the_trailing_zeros() {
        assertThat(new Funding(n("10000.00"), n("50"), null)).isEqualTo(new Funding(n("1E+4"), n("50.0"), null))
                .hasSameHashCodeAs(new Funding(n("1E+4"), n("50.0"), null))
                .isNotEqualTo(new Funding(n("10000"), null, null));
    }
}
