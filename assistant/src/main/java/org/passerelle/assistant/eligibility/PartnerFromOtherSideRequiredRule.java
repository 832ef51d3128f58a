package org.passerelle.assistant.eligibility;

/**
 * {@code partnerFromOtherSideRequired}: the project needs a partner across the Atlantic. Only the
 * applicant's own answer counts; where that partner is based is not something the profile holds.
 */
final class PartnerFromOtherSideRequiredRule implements Rule {

    static final String NAME = "partnerFromOtherSideRequired";
    private static final Outcome MISSING = Outcome.missing(ProfileField.PARTNER_FROM_OTHER_SIDE);
    // The sentence never changes, so the failure is a constant too.
    private static final Outcome FAIL = Outcome.fail(RuleMessages::partnerFromOtherSideMissing);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        if (!programme.partnerFromOtherSideRequired()) {
            return Outcome.PASS;
        }
        Boolean partner = profile.partnerFromOtherSide();
        if (partner == null) {
            return MISSING;
        }
        return partner ? Outcome.PASS : FAIL;
    }
}
