package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

@JsonPropertyOrder({"maxAmount", "maxFundingRatePercent", "minProjectBudget"})
public record FundingData(BigDecimal maxAmount, BigDecimal maxFundingRatePercent, BigDecimal minProjectBudget) {
}
