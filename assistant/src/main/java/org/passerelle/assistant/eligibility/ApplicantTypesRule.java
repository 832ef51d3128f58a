package org.passerelle.assistant.eligibility;

import java.util.Set;
import org.passerelle.domain.shared.ApplicantType;

/** {@code applicantTypes}: the applicant must be one of the listed kinds (the list is flat). */
final class ApplicantTypesRule implements Rule {

    static final String NAME = "applicantTypes";
    private static final Outcome MISSING = Outcome.missing(ProfileField.APPLICANT_TYPE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        Set<ApplicantType> allowed = programme.applicantTypes();
        if (allowed.isEmpty()) {
            return Outcome.PASS;
        }
        ApplicantType type = profile.applicantType();
        if (type == null) {
            return MISSING;
        }
        return allowed.contains(type) ? Outcome.PASS : Outcome.fail(() -> RuleMessages.applicantTypeNotAllowed(allowed, type));
    }
}
