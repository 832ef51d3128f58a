package org.passerelle.ui.pub;

import java.util.ArrayList;
import java.util.List;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.FundingData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.domain.shared.Labels;
import org.passerelle.domain.shared.MoneyFormat;

/**
 * A programme's eligibility rules and funding limits as sentences an applicant reads, one per rule, in
 * the words' language. Only what the programme sets is said; free-text conditions follow as written.
 */
public final class Criteria {

    private Criteria() {
    }

    /** The rules on who may apply. */
    public static List<String> whoMayApply(ProgrammeData programme, PublicWords words) {
        List<String> lines = new ArrayList<>();
        EligibilityData rules = programme.eligibility();
        String lang = words.lang();
        if (rules == null) {
            lines.add(words.get("applicant.criteria.open-to-all"));
            return lines;
        }
        if (rules.applicantTypes() != null && !rules.applicantTypes().isEmpty()) {
            lines.add(words.get("applicant.criteria.applicant-types", Labels.joinWithOr(
                    rules.applicantTypes().stream().map(t -> Labels.plural(t, lang)).toList(), lang)));
        } else {
            lines.add(words.get("applicant.criteria.any-applicant-type"));
        }
        if (rules.applicantTerritories() != null && !rules.applicantTerritories().isEmpty()) {
            lines.add(words.get("applicant.criteria.territories", Labels.joinWithOr(
                    rules.applicantTerritories().stream().map(t -> Labels.location(t, lang)).toList(), lang)));
        }
        if (Boolean.TRUE.equals(rules.partnerFromOtherSideRequired())) {
            lines.add(words.get("applicant.criteria.partner-required"));
        }
        if (rules.minAge() != null && rules.maxAge() != null) {
            lines.add(words.get("applicant.criteria.age-between", rules.minAge(), rules.maxAge()));
        } else if (rules.minAge() != null) {
            lines.add(words.get("applicant.criteria.age-min", rules.minAge()));
        } else if (rules.maxAge() != null) {
            lines.add(words.get("applicant.criteria.age-max", rules.maxAge()));
        }
        return lines;
    }

    /** The limits on the amount asked and the project's budget. */
    public static List<String> funding(ProgrammeData programme, PublicWords words) {
        List<String> lines = new ArrayList<>();
        FundingData funding = programme.funding();
        if (funding == null) {
            return lines;
        }
        String lang = words.lang();
        if (funding.maxAmount() != null) {
            lines.add(words.get("applicant.criteria.max-amount", MoneyFormat.format(funding.maxAmount(), programme.currency(), lang)));
        }
        if (funding.maxFundingRatePercent() != null) {
            lines.add(words.get("applicant.criteria.max-rate", MoneyFormat.formatPercent(funding.maxFundingRatePercent(), lang)));
        }
        if (funding.minProjectBudget() != null) {
            lines.add(words.get("applicant.criteria.min-budget",
                    MoneyFormat.format(funding.minProjectBudget(), programme.currency(), lang)));
        }
        return lines;
    }

    /** The conditions no rule checks, for the applicant to verify. */
    public static List<String> conditions(ProgrammeData programme, PublicWords words) {
        EligibilityData rules = programme.eligibility();
        if (rules == null || rules.conditions() == null) {
            return List.of();
        }
        return rules.conditions().stream().map(words::text).toList();
    }
}
