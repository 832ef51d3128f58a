package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import org.passerelle.domain.shared.Currency;

/** {@code maxAmount}: the amount requested is at most the cap; checked only when the amount is known. */
final class MaxAmountRule implements Rule {

    static final String NAME = "maxAmount";

    private final ExchangeRate rate;

    MaxAmountRule(ExchangeRate rate) {
        this.rate = rate;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        BigDecimal cap = programme.maxAmount();
        BigDecimal requested = profile.requestedAmount();
        if (cap == null || requested == null) {
            return Outcome.PASS;
        }
        Currency currency = profile.currencyFor(programme);
        Currency capCurrency = programme.currency();
        if (rate.compare(requested, currency, cap, capCurrency) <= 0) {
            return Outcome.PASS;
        }
        return Outcome.fail(() -> RuleMessages.amountAboveCap(requested, currency, cap, capCurrency, rate));
    }
}
