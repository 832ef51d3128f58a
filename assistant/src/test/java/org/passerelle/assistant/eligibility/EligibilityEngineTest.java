package org.passerelle.assistant.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/** What the case files cannot say: the API around the rules. */
class EligibilityEngineTest {

    private final EligibilityEngine engine = new EligibilityEngine();

    @Test
    void names_its_rules_after_the_eligibility_and_funding_fields_in_checking_order() {
        assertThat(engine.rules()).extracting(Rule::name).containsExactly(
                "applicantTypes", "applicantTerritories", "partnerFromOtherSideRequired", "minAge", "maxAge",
                "maxAmount", "maxFundingRatePercent", "minProjectBudget");
    }

    @Test
    void reads_a_null_profile_as_an_empty_one() {
        ProgrammeRules programme = ProgrammeRules.builder("P", Currency.EUR).minAge(18).build();

        assertThat(engine.evaluate(programme, null)).isEqualTo(engine.evaluate(programme, ApplicantProfile.empty()));
    }

    @Test
    void keeps_the_order_of_the_programmes_it_is_given() {
        List<ProgrammeRules> programmes = List.of(
                ProgrammeRules.builder("B", Currency.EUR).build(),
                ProgrammeRules.builder("A", Currency.CAD).minAge(18).build(),
                ProgrammeRules.builder("C", Currency.EUR).applicantTypes(ApplicantType.CAE).build());

        List<EligibilityResult> results = engine.evaluateAll(programmes, ApplicantProfile.empty().withApplicantType(ApplicantType.COMPANY));

        assertThat(results).extracting(EligibilityResult::programmeCode).containsExactly("B", "A", "C");
        assertThat(results).extracting(EligibilityResult::verdict)
                .containsExactly(Verdict.ELIGIBLE, Verdict.UNKNOWN, Verdict.NOT_ELIGIBLE);
    }

    @Test
    void does_not_mention_a_rate_when_no_conversion_took_place() {
        ProgrammeRules programme = ProgrammeRules.builder("P", Currency.EUR).maxAmount(new BigDecimal("10000")).build();
        ApplicantProfile profile = ApplicantProfile.empty().withRequestedAmount(new BigDecimal("12500"));

        LocalizedText message = engine.evaluate(programme, profile).failed().get(0).message();

        assertThat(message.fr()).doesNotContain("taux");
        assertThat(message.en()).doesNotContain("rate");
    }

    @Test
    void writes_the_french_singular_for_one_year() {
        ProgrammeRules programme = ProgrammeRules.builder("P", Currency.EUR).minAge(2).build();

        LocalizedText message = engine.evaluate(programme, ApplicantProfile.empty().withAge(1)).failed().get(0).message();

        assertThat(message.fr()).endsWith("vous avez 1\u00A0an.").contains("d'au moins 2\u00A0ans");
        assertThat(message.en()).endsWith("you are 1.");
    }

    @Test
    void uses_the_configured_rate_in_comparisons_and_messages() {
        EligibilityEngine atOneSixty = new EligibilityEngine(ExchangeRate.eurToCad(new BigDecimal("1.6")));
        ProgrammeRules programme = ProgrammeRules.builder("P", Currency.CAD).maxAmount(new BigDecimal("15000")).build();
        ApplicantProfile profile = ApplicantProfile.empty().withRequestedAmount(new BigDecimal("10000")).withCurrency(Currency.EUR);

        assertThat(engine.evaluate(programme, profile).verdict()).isEqualTo(Verdict.ELIGIBLE);
        EligibilityResult result = atOneSixty.evaluate(programme, profile);
        assertThat(result.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
        assertThat(result.failed().get(0).message().en()).contains("about CA$16,000 at a rate of 1.60");
    }

    @Test
    void shares_the_programme_conditions_as_they_are() {
        LocalizedText condition = LocalizedText.of("Avoir un an d'existence.", "Have existed for a year.");
        ProgrammeRules programme = ProgrammeRules.builder("P", Currency.EUR).conditions(List.of(condition)).build();

        assertThat(engine.evaluate(programme, ApplicantProfile.empty()).toVerify()).containsExactly(condition);
    }

    @Test
    void writes_a_failure_message_when_first_read_and_keeps_it() {
        AtomicInteger writes = new AtomicInteger();
        FailedRule failure = new FailedRule("minAge", () -> {
            writes.incrementAndGet();
            return LocalizedText.of("Trop jeune.", "Too young.");
        });

        assertThat(writes).hasValue(0);
        LocalizedText first = failure.message();
        assertThat(failure.message()).isSameAs(first);
        assertThat(writes).hasValue(1);
        assertThat(failure).isEqualTo(new FailedRule("minAge", LocalizedText.of("Trop jeune.", "Too young.")));
    }

    @Test
    void a_result_refuses_a_verdict_that_does_not_follow_from_its_rules() {
        FailedRule failure = new FailedRule("minAge", LocalizedText.fr("Trop jeune."));

        assertThatThrownBy(() -> new EligibilityResult("P", Verdict.ELIGIBLE, List.of(failure), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EligibilityResult("P", Verdict.NOT_ELIGIBLE, List.of(), List.of("age"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EligibilityResult.of("P", null, List.of("age"), null).verdict()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void programme_rules_copy_what_they_are_given_and_drop_nulls() {
        Set<ApplicantType> types = EnumSet.of(ApplicantType.CAE);
        List<LocalizedText> conditions = new ArrayList<>();
        conditions.add(LocalizedText.fr("Une condition."));
        conditions.add(null);
        ProgrammeRules programme = new ProgrammeRules("P", Currency.EUR, types, null, false, null, null, null, null,
                null, conditions);

        types.add(ApplicantType.COMPANY);
        conditions.clear();

        assertThat(programme.applicantTypes()).containsExactly(ApplicantType.CAE);
        assertThat(programme.applicantTerritories()).isEmpty();
        assertThat(programme.conditions()).hasSize(1);
        assertThatThrownBy(() -> programme.applicantTypes().add(ApplicantType.SIAE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void programme_rules_list_allowed_values_in_declaration_order() {
        ProgrammeRules programme = ProgrammeRules.builder("P", Currency.EUR)
                .applicantTerritories(Territory.OTHER, Territory.NOUVELLE_AQUITAINE).build();

        assertThat(programme.applicantTerritories()).containsExactly(Territory.NOUVELLE_AQUITAINE, Territory.OTHER);
    }

    @Test
    void a_profile_is_refined_one_field_at_a_time() {
        ApplicantProfile profile = ApplicantProfile.empty()
                .withApplicantType(ApplicantType.CAE)
                .withTerritory(Territory.NOUVELLE_AQUITAINE)
                .withAge(30)
                .withPartnerFromOtherSide(true)
                .withRequestedAmount(BigDecimal.TEN)
                .withProjectBudget(BigDecimal.ONE)
                .withCurrency(Currency.CAD);

        assertThat(profile).isEqualTo(new ApplicantProfile(ApplicantType.CAE, Territory.NOUVELLE_AQUITAINE, 30, true,
                BigDecimal.TEN, BigDecimal.ONE, Currency.CAD));
        assertThat(ApplicantProfile.empty().isEmpty()).isTrue();
        assertThat(profile.withAge(null).isEmpty()).isFalse();
    }

    @Test
    void validation_names_each_negative_field_in_both_languages() {
        ApplicantProfile profile = ApplicantProfile.empty().withAge(-1)
                .withRequestedAmount(new BigDecimal("-0.01")).withProjectBudget(BigDecimal.ZERO);

        List<FieldError> errors = profile.validate();

        assertThat(errors).extracting(FieldError::field).containsExactly("age", "requestedAmount");
        assertThat(errors.get(1).message().fr()).isEqualTo("Le montant demandé ne peut pas être négatif.");
        assertThat(errors.get(1).message().en()).isEqualTo("The amount requested cannot be negative.");
        assertThat(ApplicantProfile.empty().validate()).isEmpty();
    }
}
