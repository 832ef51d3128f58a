package org.passerelle.backend.dataset;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;

@JsonPropertyOrder({"code", "name", "type", "territory", "area", "city", "identifier", "website", "email"})
public record OrganisationData(
        String code,
        String name,
        ApplicantType type,
        Territory territory,
        String area,
        String city,
        String identifier,
        String website,
        String email) {
}
