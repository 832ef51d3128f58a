package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import org.passerelle.domain.project.ProjectStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;

/** A cooperation project in the dataset format; references are codes, dates {@code YYYY-MM-DD}. */
@JsonPropertyOrder({"reference", "title", "summary", "programme", "axis", "call", "lead", "partners", "status",
    "currency", "totalBudget", "requestedAmount", "grantedAmount", "startDate", "endDate", "themes"})
public record ProjectData(
        String reference,
        TextData title,
        TextData summary,
        String programme,
        Axis axis,
        String call,
        String lead,
        List<String> partners,
        ProjectStatus status,
        Currency currency,
        BigDecimal totalBudget,
        BigDecimal requestedAmount,
        BigDecimal grantedAmount,
        String startDate,
        String endDate,
        List<String> themes) {
}
