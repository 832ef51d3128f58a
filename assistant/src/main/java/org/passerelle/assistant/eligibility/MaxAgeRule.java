package org.passerelle.assistant.eligibility;

/** {@code maxAge}: the applicant is at most this old (inclusive). */
final class MaxAgeRule implements Rule {

    static final String NAME = "maxAge";
    private static final Outcome MISSING = Outcome.missing(ProfileField.AGE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        Integer maxAge = programme.maxAge();
        if (maxAge == null) {
            return Outcome.PASS;
        }
        Integer age = profile.age();
        if (age == null) {
            return MISSING;
        }
        Integer minAge = programme.minAge();
        return age <= maxAge
                ? Outcome.PASS
                : Outcome.fail(() -> RuleMessages.ageOutsideLimits(minAge, maxAge, age));
    }
}
