package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;

@JsonPropertyOrder({"applicantTypes", "applicantTerritories", "partnerFromOtherSideRequired", "minAge", "maxAge",
    "conditions"})
public record EligibilityData(
        List<ApplicantType> applicantTypes,
        List<Territory> applicantTerritories,
        Boolean partnerFromOtherSideRequired,
        Integer minAge,
        Integer maxAge,
        List<TextData> conditions) {
}
