package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import org.passerelle.domain.shared.Currency;

/**
 * {@code maxFundingRatePercent}: the amount requested is at most this share of the project budget; checked
 * only when both are known. Both amounts are in the applicant's currency, so converting them would change
 * nothing but add rounding: the check cross-multiplies instead (requested × 100 ≤ rate × budget).
 */
final class MaxFundingRatePercentRule implements Rule {

    static final String NAME = "maxFundingRatePercent";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        BigDecimal percent = programme.maxFundingRatePercent();
        BigDecimal requested = profile.requestedAmount();
        BigDecimal budget = profile.projectBudget();
        if (percent == null || requested == null || budget == null) {
            return Outcome.PASS;
        }
        if (requested.movePointRight(2).compareTo(percent.multiply(budget)) <= 0) {
            return Outcome.PASS;
        }
        Currency currency = profile.currencyFor(programme);
        return Outcome.fail(() -> RuleMessages.amountAboveFundingRate(requested, budget, currency, percent));
    }
}
