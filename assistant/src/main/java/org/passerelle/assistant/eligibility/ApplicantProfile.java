package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/**
 * What is known about an applicant and their request; every field may be {@code null}, meaning unknown.
 * Amounts are in {@link #currency()}, or in each programme's own currency when that is unknown. The
 * assistant refines a profile turn by turn with the {@code with…} methods.
 */
public record ApplicantProfile(
        ApplicantType applicantType,
        Territory territory,
        Integer age,
        Boolean partnerFromOtherSide,
        BigDecimal requestedAmount,
        BigDecimal projectBudget,
        Currency currency) {

    private static final ApplicantProfile EMPTY = new ApplicantProfile(null, null, null, null, null, null, null);

    /** Nothing known yet. */
    public static ApplicantProfile empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }

    public ApplicantProfile withApplicantType(ApplicantType value) {
        return new ApplicantProfile(value, territory, age, partnerFromOtherSide, requestedAmount, projectBudget, currency);
    }

    public ApplicantProfile withTerritory(Territory value) {
        return new ApplicantProfile(applicantType, value, age, partnerFromOtherSide, requestedAmount, projectBudget, currency);
    }

    public ApplicantProfile withAge(Integer value) {
        return new ApplicantProfile(applicantType, territory, value, partnerFromOtherSide, requestedAmount, projectBudget, currency);
    }

    public ApplicantProfile withPartnerFromOtherSide(Boolean value) {
        return new ApplicantProfile(applicantType, territory, age, value, requestedAmount, projectBudget, currency);
    }

    public ApplicantProfile withRequestedAmount(BigDecimal value) {
        return new ApplicantProfile(applicantType, territory, age, partnerFromOtherSide, value, projectBudget, currency);
    }

    public ApplicantProfile withProjectBudget(BigDecimal value) {
        return new ApplicantProfile(applicantType, territory, age, partnerFromOtherSide, requestedAmount, value, currency);
    }

    public ApplicantProfile withCurrency(Currency value) {
        return new ApplicantProfile(applicantType, territory, age, partnerFromOtherSide, requestedAmount, projectBudget, value);
    }

    /** The currency the amounts are in when checked against {@code programme}. */
    public Currency currencyFor(ProgrammeRules programme) {
        return currency != null ? currency : programme.currency();
    }

    /**
     * The values an API should refuse (negative amounts or age), each named by its field. The engine itself
     * evaluates any profile without throwing; this is for the REST layer to answer 400 first.
     */
    public List<FieldError> validate() {
        List<FieldError> errors = new ArrayList<>(0);
        if (age != null && age < 0) {
            errors.add(new FieldError(ProfileField.AGE.fieldName(),
                    LocalizedText.of("L'âge ne peut pas être négatif.", "The age cannot be negative.")));
        }
        if (requestedAmount != null && requestedAmount.signum() < 0) {
            errors.add(new FieldError(ProfileField.REQUESTED_AMOUNT.fieldName(),
                    LocalizedText.of("Le montant demandé ne peut pas être négatif.",
                            "The amount requested cannot be negative.")));
        }
        if (projectBudget != null && projectBudget.signum() < 0) {
            errors.add(new FieldError(ProfileField.PROJECT_BUDGET.fieldName(),
                    LocalizedText.of("Le budget du projet ne peut pas être négatif.",
                            "The project budget cannot be negative.")));
        }
        return List.copyOf(errors);
    }
}
