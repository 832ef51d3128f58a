package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/**
 * One case of the YAML files under {@code src/test/resources/eligibility}: a sentence, the programme's
 * rules, the profile, the rate when it is not the default, and what the engine must answer.
 */
record EligibilityCase(
        String name,
        Programme programme,
        Profile profile,
        BigDecimal exchangeRate,
        Expectation expect) {

    /** The programme's rules as the files write them; the currency defaults to EUR. */
    record Programme(
            String code,
            Currency currency,
            Set<ApplicantType> applicantTypes,
            Set<Territory> applicantTerritories,
            boolean partnerFromOtherSideRequired,
            Integer minAge,
            Integer maxAge,
            BigDecimal maxAmount,
            BigDecimal maxFundingRatePercent,
            BigDecimal minProjectBudget,
            List<Text> conditions) {

        ProgrammeRules toRules() {
            return new ProgrammeRules(code == null ? "CASE" : code, currency == null ? Currency.EUR : currency,
                    applicantTypes, applicantTerritories, partnerFromOtherSideRequired, minAge, maxAge, maxAmount,
                    maxFundingRatePercent, minProjectBudget,
                    conditions == null ? List.of() : conditions.stream().map(Text::toLocalizedText).toList());
        }
    }

    record Profile(
            ApplicantType applicantType,
            Territory territory,
            Integer age,
            Boolean partnerFromOtherSide,
            BigDecimal requestedAmount,
            BigDecimal projectBudget,
            Currency currency) {

        ApplicantProfile toProfile() {
            return new ApplicantProfile(applicantType, territory, age, partnerFromOtherSide, requestedAmount,
                    projectBudget, currency);
        }
    }

    record Text(String fr, String en) {
        LocalizedText toLocalizedText() {
            return LocalizedText.of(fr, en);
        }
    }

    /**
     * {@code failed} and {@code missing} are compared whole and in order (absent means empty);
     * {@code fr} and {@code en} are fragments the failure messages must contain, with no-break spaces
     * read as plain spaces; {@code toVerify}, when given, is the number of conditions passed on.
     */
    record Expectation(
            Verdict verdict,
            List<String> failed,
            List<String> missing,
            Integer toVerify,
            List<String> fr,
            List<String> en) {

        List<String> failedOrEmpty() {
            return failed == null ? List.of() : failed;
        }

        List<String> missingOrEmpty() {
            return missing == null ? List.of() : missing;
        }
    }
}
