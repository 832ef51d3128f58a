package org.passerelle.assistant.eligibility;

/**
 * The fields of an {@link ApplicantProfile}, named as on the wire. The declaration order is the order in
 * which missing fields are listed.
 */
public enum ProfileField {
    APPLICANT_TYPE("applicantType"),
    TERRITORY("territory"),
    PARTNER_FROM_OTHER_SIDE("partnerFromOtherSide"),
    AGE("age"),
    REQUESTED_AMOUNT("requestedAmount"),
    PROJECT_BUDGET("projectBudget"),
    CURRENCY("currency");

    private final String fieldName;

    ProfileField(String fieldName) {
        this.fieldName = fieldName;
    }

    /** The field's name in the profile JSON and in {@link EligibilityResult#missing()}. */
    public String fieldName() {
        return fieldName;
    }
}
