package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;

/** A programme in the dataset format, as imported, exported and served by the API. */
@JsonPropertyOrder({"code", "name", "summary", "description", "axes", "themes", "funders", "status", "currency",
    "funding", "durationMonths", "eligibility", "url", "contact"})
public record ProgrammeData(
        String code,
        TextData name,
        TextData summary,
        TextData description,
        List<Axis> axes,
        List<String> themes,
        List<String> funders,
        ProgrammeStatus status,
        Currency currency,
        FundingData funding,
        Integer durationMonths,
        EligibilityData eligibility,
        String url,
        String contact) {
}
