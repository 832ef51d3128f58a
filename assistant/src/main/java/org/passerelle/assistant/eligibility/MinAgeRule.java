package org.passerelle.assistant.eligibility;

/** {@code minAge}: the applicant is at least this old (inclusive). */
final class MinAgeRule implements Rule {

    static final String NAME = "minAge";
    private static final Outcome MISSING = Outcome.missing(ProfileField.AGE);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Outcome check(ProgrammeRules programme, ApplicantProfile profile) {
        Integer minAge = programme.minAge();
        if (minAge == null) {
            return Outcome.PASS;
        }
        Integer age = profile.age();
        if (age == null) {
            return MISSING;
        }
        Integer maxAge = programme.maxAge();
        return age >= minAge
                ? Outcome.PASS
                : Outcome.fail(() -> RuleMessages.ageOutsideLimits(minAge, maxAge, age));
    }
}
