package org.passerelle.domain.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.passerelle.domain.shared.Checks;
import org.passerelle.domain.shared.DomainException;

/** The limits of a programme's grant, in the programme's currency. Every limit is optional. */
@Embeddable
public class Funding implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Column(name = "max_amount")
    private BigDecimal maxAmount;

    @Column(name = "max_funding_rate_percent")
    private BigDecimal maxFundingRatePercent;

    @Column(name = "min_project_budget")
    private BigDecimal minProjectBudget;

    protected Funding() {
        // for JPA
    }

    public Funding(BigDecimal maxAmount, BigDecimal maxFundingRatePercent, BigDecimal minProjectBudget) {
        this.maxAmount = Checks.amount(maxAmount, "maxAmount", true);
        this.maxFundingRatePercent = Checks.amount(maxFundingRatePercent, "maxFundingRatePercent", true);
        if (maxFundingRatePercent != null && maxFundingRatePercent.compareTo(HUNDRED) > 0) {
            throw new DomainException("funding.rate", "maxFundingRatePercent",
                    "maxFundingRatePercent must be at most 100.");
        }
        this.minProjectBudget = Checks.amount(minProjectBudget, "minProjectBudget", false);
    }

    public BigDecimal maxAmount() {
        return maxAmount;
    }

    public BigDecimal maxFundingRatePercent() {
        return maxFundingRatePercent;
    }

    public BigDecimal minProjectBudget() {
        return minProjectBudget;
    }

    public boolean isEmpty() {
        return maxAmount == null && maxFundingRatePercent == null && minProjectBudget == null;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Funding other
                && same(maxAmount, other.maxAmount)
                && same(maxFundingRatePercent, other.maxFundingRatePercent)
                && same(minProjectBudget, other.minProjectBudget);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(strip(maxAmount), strip(maxFundingRatePercent), strip(minProjectBudget));
    }

    private static BigDecimal strip(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
