package org.passerelle.assistant.catalogue;

import java.util.List;
import org.passerelle.assistant.eligibility.ProgrammeRules;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.FundingData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.shared.LocalizedText;

/** A programme's eligibility and funding, as the engine's rules. */
public final class RulesMapper {

    private RulesMapper() {
    }

    public static ProgrammeRules rules(ProgrammeData programme) {
        ProgrammeRules.Builder builder = ProgrammeRules.builder(programme.code(), programme.currency());
        EligibilityData e = programme.eligibility();
        if (e != null) {
            if (e.applicantTypes() != null) {
                builder.applicantTypes(e.applicantTypes());
            }
            if (e.applicantTerritories() != null) {
                builder.applicantTerritories(e.applicantTerritories());
            }
            builder.partnerFromOtherSideRequired(Boolean.TRUE.equals(e.partnerFromOtherSideRequired()))
                    .minAge(e.minAge())
                    .maxAge(e.maxAge());
            if (e.conditions() != null) {
                builder.conditions(e.conditions().stream().map(RulesMapper::text).toList());
            }
        }
        FundingData f = programme.funding();
        if (f != null) {
            builder.maxAmount(f.maxAmount()).maxFundingRatePercent(f.maxFundingRatePercent())
                    .minProjectBudget(f.minProjectBudget());
        }
        return builder.build();
    }

    private static LocalizedText text(TextData text) {
        return new LocalizedText(text.fr(), text.en());
    }

    static List<LocalizedText> texts(List<TextData> texts) {
        return texts == null ? List.of() : texts.stream().map(RulesMapper::text).toList();
    }
}
