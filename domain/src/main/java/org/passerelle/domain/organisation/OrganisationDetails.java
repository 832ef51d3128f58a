package org.passerelle.domain.organisation;

import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;

/** What is recorded about a partner organisation, apart from its code. */
public record OrganisationDetails(
        String name,
        ApplicantType type,
        Territory territory,
        String area,
        String city,
        String identifier,
        String website,
        String email) {
}
