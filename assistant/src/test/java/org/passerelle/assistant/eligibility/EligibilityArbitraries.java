package org.passerelle.assistant.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/** Generators for the property tests: programmes with any mix of rules, profiles with any mix of unknowns. */
final class EligibilityArbitraries {

    private static final double UNSET = 0.4;

    private EligibilityArbitraries() {}

    private record Funding(BigDecimal maxAmount, BigDecimal maxFundingRatePercent, BigDecimal minProjectBudget) {}

    /** Whole cents from 0 to 5 million, the unit every amount in the data is written in. */
    static Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(0, 5_000_000_00L).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    /** 0.01 % to 100 %, two decimals at most. */
    static Arbitrary<BigDecimal> percents() {
        return Arbitraries.integers().between(1, 100_00).map(hundredths -> BigDecimal.valueOf(hundredths, 2));
    }

    /** 1.0000 to 2.0000 dollars for a euro, four decimals at most. */
    static Arbitrary<ExchangeRate> rates() {
        return Arbitraries.integers().between(1_0000, 2_0000)
                .map(tenThousandths -> ExchangeRate.eurToCad(BigDecimal.valueOf(tenThousandths, 4)));
    }

    static Arbitrary<LocalizedText> conditions() {
        return Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20)
                .map(word -> LocalizedText.of("Condition " + word, "Condition " + word));
    }

    static Arbitrary<ProgrammeRules> programmes() {
        Arbitrary<Set<ApplicantType>> types = Arbitraries.of(ApplicantType.class).set().ofMaxSize(5);
        Arbitrary<Set<Territory>> territories = Arbitraries.of(Territory.class).set().ofMaxSize(3);
        Arbitrary<Integer> ages = Arbitraries.integers().between(0, 110).injectNull(UNSET);
        Arbitrary<Funding> funding = Combinators.combine(
                        amounts().filter(a -> a.signum() > 0).injectNull(UNSET),
                        percents().injectNull(UNSET),
                        amounts().injectNull(UNSET))
                .as(Funding::new);
        Arbitrary<List<LocalizedText>> conditions = conditions().list().ofMaxSize(3);
        return Combinators.combine(Arbitraries.of(Currency.class), types, territories, Arbitraries.of(true, false),
                        ages, ages, funding, conditions)
                .as((currency, t, tr, partner, minAge, maxAge, f, c) -> new ProgrammeRules("P", currency, t, tr,
                        partner, minAge, maxAge, f.maxAmount(), f.maxFundingRatePercent(), f.minProjectBudget(), c));
    }

    /** Programmes whose minimum age is not above their maximum, so that some age meets both. */
    static Arbitrary<ProgrammeRules> satisfiableProgrammes() {
        return programmes().map(p -> p.minAge() != null && p.maxAge() != null && p.minAge() > p.maxAge()
                ? p.toBuilder().minAge(p.maxAge()).maxAge(p.minAge()).build()
                : p);
    }

    static Arbitrary<ApplicantProfile> profiles() {
        return Combinators.combine(
                        Arbitraries.of(ApplicantType.class).injectNull(UNSET),
                        Arbitraries.of(Territory.class).injectNull(UNSET),
                        Arbitraries.integers().between(0, 110).injectNull(UNSET),
                        Arbitraries.of(true, false).injectNull(UNSET),
                        amounts().injectNull(UNSET),
                        amounts().injectNull(UNSET),
                        Arbitraries.of(Currency.class).injectNull(UNSET))
                .as(ApplicantProfile::new);
    }

    /** Profiles that an API would refuse as well: negative ages and amounts. */
    static Arbitrary<ApplicantProfile> anyProfiles() {
        Arbitrary<BigDecimal> signedAmounts = Arbitraries.longs().between(-1_000_000_00L, 1_000_000_00L)
                .map(cents -> BigDecimal.valueOf(cents, 2)).injectNull(UNSET);
        return Combinators.combine(
                        Arbitraries.of(ApplicantType.class).injectNull(UNSET),
                        Arbitraries.of(Territory.class).injectNull(UNSET),
                        Arbitraries.integers().between(-5, 130).injectNull(UNSET),
                        Arbitraries.of(true, false).injectNull(UNSET),
                        signedAmounts,
                        signedAmounts,
                        Arbitraries.of(Currency.class).injectNull(UNSET))
                .as(ApplicantProfile::new);
    }
}
