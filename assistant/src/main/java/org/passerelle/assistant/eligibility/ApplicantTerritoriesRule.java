package org.passerelle.assistant.eligibility;

import java.util.Set;
import org.passerelle.domain.shared.Territory;

/** {@code applicantTerritories}: the applicant must be based in one of the listed territories. */
final class ApplicantTerritoriesRule implements Rule {

    static final String NAME = "applicantTerritories";
    private static final Outcome MISSING = Outcome.missing(ProfileField.TERRITORY);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        Set<Territory> allowed = programme.applicantTerritories();
        if (allowed.isEmpty()) {
            return Outcome.PASS;
        }
        Territory territory = profile.territory();
        if (territory == null) {
            return MISSING;
        }
        return allowed.contains(territory)
                ? Outcome.PASS
                : Outcome.fail(() -> RuleMessages.territoryNotAllowed(allowed, territory));
    }
}
