package org.passerelle.domain.organisation;

import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Territory;

/** What a listing of organisations is narrowed to; {@code text} matches code, name and city. */
public record OrganisationFilter(String text, ApplicantType type, Territory territory) {

    public static OrganisationFilter all() {
        return new OrganisationFilter(null, null, null);
    }
}
