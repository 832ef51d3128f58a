package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import org.passerelle.domain.shared.Currency;

/** {@code minProjectBudget}: the project budget is at least this much; checked only when the budget is known. */
final class MinProjectBudgetRule implements Rule {

    static final String NAME = "minProjectBudget";

    private final ExchangeRate rate;

    MinProjectBudgetRule(ExchangeRate rate) {
        this.rate = rate;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        BigDecimal minimum = programme.minProjectBudget();
        BigDecimal budget = profile.projectBudget();
        if (minimum == null || budget == null) {
            return Outcome.PASS;
        }
        Currency currency = profile.currencyFor(programme);
        Currency minimumCurrency = programme.currency();
        if (rate.compare(budget, currency, minimum, minimumCurrency) >= 0) {
            return Outcome.PASS;
        }
        return Outcome.fail(() -> RuleMessages.budgetBelowMinimum(budget, currency, minimum, minimumCurrency, rate));
    }
}
