package org.passerelle.domain.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.passerelle.domain.call.CallForProjects;
import org.passerelle.domain.organisation.Organisation;
import org.passerelle.domain.programme.Programme;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;

/** What is recorded about a project apart from its reference, status and granted amount. */
public record ProjectDetails(
        LocalizedText title,
        LocalizedText summary,
        Programme programme,
        Axis axis,
        CallForProjects call,
        Organisation lead,
        List<Organisation> partners,
        Currency currency,
        BigDecimal totalBudget,
        BigDecimal requestedAmount,
        LocalDate startDate,
        LocalDate endDate,
        List<String> themes) {
}
