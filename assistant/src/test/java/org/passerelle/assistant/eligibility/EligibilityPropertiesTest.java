package org.passerelle.assistant.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/** Invariants of the engine that must hold for every programme and every profile, not only the case files. */
class EligibilityPropertiesTest {

    /** The profile fields each rule reads; a rule can only fail when all of them are known. */
    private static final Map<String, Set<ProfileField>> FIELDS_BY_RULE = Map.of(
            "applicantTypes", EnumSet.of(ProfileField.APPLICANT_TYPE),
            "applicantTerritories", EnumSet.of(ProfileField.TERRITORY),
            "partnerFromOtherSideRequired", EnumSet.of(ProfileField.PARTNER_FROM_OTHER_SIDE),
            "minAge", EnumSet.of(ProfileField.AGE),
            "maxAge", EnumSet.of(ProfileField.AGE),
            "maxAmount", EnumSet.of(ProfileField.REQUESTED_AMOUNT),
            "maxFundingRatePercent", EnumSet.of(ProfileField.REQUESTED_AMOUNT, ProfileField.PROJECT_BUDGET),
            "minProjectBudget", EnumSet.of(ProfileField.PROJECT_BUDGET));

    private final EligibilityEngine engine = new EligibilityEngine();

    @Provide
    Arbitrary<ProgrammeRules> programmes() {
        return EligibilityArbitraries.programmes();
    }

    @Provide
    Arbitrary<List<ProgrammeRules>> programmeLists() {
        return EligibilityArbitraries.programmes().list().ofMaxSize(20);
    }

    @Provide
    Arbitrary<ProgrammeRules> satisfiableProgrammes() {
        return EligibilityArbitraries.satisfiableProgrammes();
    }

    @Provide
    Arbitrary<ApplicantProfile> profiles() {
        return EligibilityArbitraries.profiles();
    }

    @Provide
    Arbitrary<ApplicantProfile> anyProfiles() {
        return EligibilityArbitraries.anyProfiles();
    }

    @Provide
    Arbitrary<ExchangeRate> rates() {
        return EligibilityArbitraries.rates();
    }

    @Provide
    Arbitrary<LocalizedText> conditions() {
        return EligibilityArbitraries.conditions();
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return EligibilityArbitraries.amounts().injectNull(0.3);
    }

    @Property
    void an_unknown_field_never_fails_a_rule_that_reads_it(
            @ForAll("programmes") ProgrammeRules programme, @ForAll("profiles") ApplicantProfile profile) {
        for (ProfileField field : ProfileField.values()) {
            EligibilityResult result = engine.evaluate(programme, without(profile, field));

            assertThat(result.failedRuleNames())
                    .as("rules failed with %s unknown", field.fieldName())
                    .noneMatch(rule -> FIELDS_BY_RULE.get(rule).contains(field));
        }
    }

    @Property
    void a_profile_meeting_every_rule_with_every_field_known_is_eligible(
            @ForAll("satisfiableProgrammes") ProgrammeRules programme,
            @ForAll @IntRange(min = 0, max = 1000) int pick,
            @ForAll @LongRange(min = 0, max = 10_000_000_00L) long extraBudgetCents,
            @ForAll @LongRange(min = 0, max = 100_00L) long slackCents) {
        ApplicantProfile profile = meetingEveryRule(programme, pick, extraBudgetCents, slackCents);

        EligibilityResult result = engine.evaluate(programme, profile);

        assertThat(result.verdict()).as("%s for %s", result, profile).isEqualTo(Verdict.ELIGIBLE);
        assertThat(result.failed()).isEmpty();
        assertThat(result.missing()).isEmpty();
    }

    @Property
    void adding_a_condition_never_changes_the_verdict(
            @ForAll("programmes") ProgrammeRules programme, @ForAll("profiles") ApplicantProfile profile,
            @ForAll("conditions") LocalizedText condition) {
        List<LocalizedText> conditions = new ArrayList<>(programme.conditions());
        conditions.add(condition);
        ProgrammeRules withCondition = programme.toBuilder().conditions(conditions).build();

        EligibilityResult before = engine.evaluate(programme, profile);
        EligibilityResult after = engine.evaluate(withCondition, profile);

        assertThat(after.verdict()).isEqualTo(before.verdict());
        assertThat(after.failed()).isEqualTo(before.failed());
        assertThat(after.missing()).isEqualTo(before.missing());
        assertThat(after.toVerify()).hasSize(before.toVerify().size() + 1).endsWith(condition);
    }

    @Property
    void the_verdict_follows_from_failed_and_missing_alone(
            @ForAll("programmes") ProgrammeRules programme, @ForAll("anyProfiles") ApplicantProfile profile) {
        EligibilityResult result = engine.evaluate(programme, profile);

        assertThat(result.verdict() == Verdict.NOT_ELIGIBLE).isEqualTo(!result.failed().isEmpty());
        assertThat(result.verdict() == Verdict.UNKNOWN)
                .isEqualTo(result.failed().isEmpty() && !result.missing().isEmpty());
    }

    @Property
    void missing_lists_exactly_the_unknown_fields_of_rules_the_programme_sets(
            @ForAll("programmes") ProgrammeRules programme, @ForAll("profiles") ApplicantProfile profile) {
        List<String> expected = new ArrayList<>();
        if (!programme.applicantTypes().isEmpty() && profile.applicantType() == null) {
            expected.add("applicantType");
        }
        if (!programme.applicantTerritories().isEmpty() && profile.territory() == null) {
            expected.add("territory");
        }
        if (programme.partnerFromOtherSideRequired() && profile.partnerFromOtherSide() == null) {
            expected.add("partnerFromOtherSide");
        }
        if ((programme.minAge() != null || programme.maxAge() != null) && profile.age() == null) {
            expected.add("age");
        }

        assertThat(engine.evaluate(programme, profile).missing()).isEqualTo(expected);
    }

    @Property
    void evaluation_is_deterministic_and_evaluate_all_keeps_the_order(
            @ForAll("programmeLists") List<ProgrammeRules> programmes, @ForAll("profiles") ApplicantProfile profile) {
        List<EligibilityResult> one = engine.evaluateAll(programmes, profile);
        List<EligibilityResult> other = new EligibilityEngine(ExchangeRate.defaultRate()).evaluateAll(programmes, profile);

        assertThat(other).isEqualTo(one);
        assertThat(one).hasSameSizeAs(programmes);
        for (int i = 0; i < programmes.size(); i++) {
            assertThat(one.get(i)).isEqualTo(engine.evaluate(programmes.get(i), profile));
        }
    }

    @Property
    void amounts_in_euros_give_the_same_verdict_once_converted_to_dollars(
            @ForAll("rates") ExchangeRate rate, @ForAll("programmes") ProgrammeRules programme,
            @ForAll("profiles") ApplicantProfile profile) {
        EligibilityEngine engine = new EligibilityEngine(rate);
        ApplicantProfile inEuros = profile.withCurrency(Currency.EUR);
        // Euros to dollars only multiplies, so the converted profile is exact.
        ApplicantProfile inDollars = convert(inEuros, Currency.CAD, rate);

        assertSameVerdict(engine.evaluate(programme, inEuros), engine.evaluate(programme, inDollars));
    }

    @Property
    void amounts_in_dollars_give_the_same_verdict_once_converted_to_euros(
            @ForAll("rates") ExchangeRate rate, @ForAll("programmes") ProgrammeRules programme,
            @ForAll("profiles") ApplicantProfile euroProfile) {
        EligibilityEngine engine = new EligibilityEngine(rate);
        // Dollar amounts that are whole cents of euros times the rate: dividing them back is exact, so
        // the comparison is not blurred by the rounding of a division.
        ApplicantProfile inDollars = convert(euroProfile.withCurrency(Currency.EUR), Currency.CAD, rate);
        ApplicantProfile backInEuros = convert(inDollars, Currency.EUR, rate);

        assertThat(backInEuros.requestedAmount()).isEqualTo(scaled(euroProfile.requestedAmount()));
        assertSameVerdict(engine.evaluate(programme, inDollars), engine.evaluate(programme, backInEuros));
    }

    @Property
    void the_engine_never_throws_and_validation_names_every_negative_field(
            @ForAll("programmes") ProgrammeRules programme, @ForAll("anyProfiles") ApplicantProfile profile) {
        assertThat(engine.evaluate(programme, profile)).isNotNull();

        List<String> expected = new ArrayList<>();
        if (profile.age() != null && profile.age() < 0) {
            expected.add("age");
        }
        if (profile.requestedAmount() != null && profile.requestedAmount().signum() < 0) {
            expected.add("requestedAmount");
        }
        if (profile.projectBudget() != null && profile.projectBudget().signum() < 0) {
            expected.add("projectBudget");
        }
        assertThat(profile.validate()).extracting(FieldError::field).isEqualTo(expected);
    }

    private static void assertSameVerdict(EligibilityResult one, EligibilityResult other) {
        assertThat(other.verdict()).isEqualTo(one.verdict());
        assertThat(other.failedRuleNames()).isEqualTo(one.failedRuleNames());
        assertThat(other.missing()).isEqualTo(one.missing());
    }

    private static BigDecimal scaled(BigDecimal amount) {
        return amount == null ? null : amount.setScale(ExchangeRate.CAD_TO_EUR_SCALE, RoundingMode.UNNECESSARY);
    }

    private static ApplicantProfile convert(ApplicantProfile profile, Currency to, ExchangeRate rate) {
        Currency from = profile.currency();
        return profile
                .withRequestedAmount(profile.requestedAmount() == null ? null : rate.convert(profile.requestedAmount(), from, to))
                .withProjectBudget(profile.projectBudget() == null ? null : rate.convert(profile.projectBudget(), from, to))
                .withCurrency(to);
    }

    private static ApplicantProfile without(ApplicantProfile profile, ProfileField field) {
        return switch (field) {
            case APPLICANT_TYPE -> profile.withApplicantType(null);
            case TERRITORY -> profile.withTerritory(null);
            case PARTNER_FROM_OTHER_SIDE -> profile.withPartnerFromOtherSide(null);
            case AGE -> profile.withAge(null);
            case REQUESTED_AMOUNT -> profile.withRequestedAmount(null);
            case PROJECT_BUDGET -> profile.withProjectBudget(null);
            case CURRENCY -> profile.withCurrency(null);
        };
    }

    /**
     * A profile built from the programme's own limits, often exactly at them: a listed type and territory,
     * a partner, an age between the limits, a budget at or above the minimum and a request at or below both
     * the cap and the funding rate's share.
     */
    private static ApplicantProfile meetingEveryRule(ProgrammeRules programme, int pick, long extraBudgetCents,
            long slackCents) {
        ApplicantType type = pickFrom(programme.applicantTypes(), ApplicantType.values(), pick);
        Territory territory = pickFrom(programme.applicantTerritories(), Territory.values(), pick);
        int minAge = programme.minAge() == null ? 0 : programme.minAge();
        int maxAge = programme.maxAge() == null ? minAge + 50 : programme.maxAge();
        int age = minAge + pick % (maxAge - minAge + 1);
        BigDecimal budget = (programme.minProjectBudget() == null ? BigDecimal.ZERO : programme.minProjectBudget())
                .add(BigDecimal.valueOf(extraBudgetCents % 3 == 0 ? 0 : extraBudgetCents, 2));
        BigDecimal requested = BigDecimal.valueOf(Long.MAX_VALUE);
        if (programme.maxAmount() != null) {
            requested = programme.maxAmount();
        }
        if (programme.maxFundingRatePercent() != null) {
            BigDecimal share = programme.maxFundingRatePercent().multiply(budget).movePointLeft(2)
                    .setScale(2, RoundingMode.DOWN);
            requested = requested.min(share);
        }
        requested = requested.subtract(BigDecimal.valueOf(slackCents % 2 == 0 ? 0 : slackCents, 2)).max(BigDecimal.ZERO);
        return new ApplicantProfile(type, territory, age, true, requested, budget,
                pick % 2 == 0 ? programme.currency() : null);
    }

    private static <E> E pickFrom(Set<E> allowed, E[] all, int pick) {
        List<E> choices = allowed.isEmpty() ? List.of(all) : List.copyOf(allowed);
        return choices.get(pick % choices.size());
    }
}
