package org.passerelle.assistant.eligibility.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.passerelle.assistant.eligibility.ApplicantProfile;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/** The applicant's profile on the wire; every field may be null or absent (unknown), and is written as null. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"applicantType", "territory", "age", "partnerFromOtherSide", "requestedAmount", "projectBudget",
    "currency"})
public record ProfileData(
        ApplicantType applicantType,
        Territory territory,
        Integer age,
        Boolean partnerFromOtherSide,
        BigDecimal requestedAmount,
        BigDecimal projectBudget,
        Currency currency) {

    public ApplicantProfile toProfile() {
        return new ApplicantProfile(applicantType, territory, age, partnerFromOtherSide, requestedAmount, projectBudget,
                currency);
    }

    public static ProfileData of(ApplicantProfile p) {
        return new ProfileData(p.applicantType(), p.territory(), p.age(), p.partnerFromOtherSide(),
                p.requestedAmount(), p.projectBudget(), p.currency());
    }
}
