package org.passerelle.assistant.eligibility.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.passerelle.assistant.eligibility.ApplicantProfile;
import org.passerelle.assistant.eligibility.EligibilityEngine;
import org.passerelle.assistant.eligibility.EligibilityResult;
import org.passerelle.assistant.eligibility.FailedRule;
import org.passerelle.assistant.eligibility.ProgrammeRules;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.LocalizedText;
import org.passerelle.domain.shared.Territory;

/**
 * One profile against 10,000 generated programmes, the figure the engine is held to (≤ 20 ms per
 * {@code evaluateAll}). Run it with {@code bench/eligibility.sh}. The programmes mix every rule and both
 * currencies, from a fixed seed so that runs compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EligibilityBenchmark {

    private static final long SEED = 20_260_301L;

    @Param("10000")
    public int programmeCount;

    private final EligibilityEngine engine = new EligibilityEngine();
    private List<ProgrammeRules> programmes;

    /** What the assistant typically knows after a question or two: who, where, a partner, an amount. */
    private final ApplicantProfile partialProfile = new ApplicantProfile(ApplicantType.ASSOCIATION,
            Territory.NOUVELLE_AQUITAINE, null, true, new BigDecimal("15000"), new BigDecimal("40000"), Currency.EUR);

    /** Every field known, in dollars, and failing many rules: the most messages to write. */
    private final ApplicantProfile fullProfileInDollars = new ApplicantProfile(ApplicantType.COMPANY,
            Territory.QUEBEC, 40, false, new BigDecimal("30000.50"), new BigDecimal("50000"), Currency.CAD);

    @Setup
    public void generateProgrammes() {
        Random random = new Random(SEED);
        programmes = new ArrayList<>(programmeCount);
        for (int i = 0; i < programmeCount; i++) {
            programmes.add(programme(random, i));
        }
    }

    @Benchmark
    public List<EligibilityResult> partialProfile() {
        return engine.evaluateAll(programmes, partialProfile);
    }

    @Benchmark
    public List<EligibilityResult> emptyProfile() {
        return engine.evaluateAll(programmes, ApplicantProfile.empty());
    }

    @Benchmark
    public List<EligibilityResult> fullProfileInOtherCurrency() {
        return engine.evaluateAll(programmes, fullProfileInDollars);
    }

    /** The worst case for a caller that shows every failure: every message of the full profile written. */
    @Benchmark
    public void fullProfileReadingEveryMessage(Blackhole blackhole) {
        for (EligibilityResult result : engine.evaluateAll(programmes, fullProfileInDollars)) {
            for (FailedRule failure : result.failed()) {
                blackhole.consume(failure.message());
            }
        }
    }

    private static ProgrammeRules programme(Random random, int index) {
        ProgrammeRules.Builder builder = ProgrammeRules.builder("PROG-" + index,
                random.nextBoolean() ? Currency.EUR : Currency.CAD);
        if (random.nextInt(10) < 7) {
            builder.applicantTypes(someOf(random, ApplicantType.class, 4));
        }
        if (random.nextInt(10) < 7) {
            builder.applicantTerritories(someOf(random, Territory.class, 2));
        }
        builder.partnerFromOtherSideRequired(random.nextBoolean());
        if (random.nextInt(10) < 2) {
            builder.minAge(16 + random.nextInt(10));
        }
        if (random.nextInt(10) < 2) {
            builder.maxAge(25 + random.nextInt(16));
        }
        if (random.nextInt(10) < 7) {
            builder.maxAmount(BigDecimal.valueOf(1_000_00L + random.nextInt(200_000_00), 2));
        }
        if (random.nextInt(10) < 5) {
            builder.maxFundingRatePercent(BigDecimal.valueOf(20 + random.nextInt(81)));
        }
        if (random.nextInt(10) < 4) {
            builder.minProjectBudget(BigDecimal.valueOf(random.nextInt(50_000)));
        }
        List<LocalizedText> conditions = new ArrayList<>();
        for (int c = random.nextInt(3); c > 0; c--) {
            conditions.add(LocalizedText.of("Condition " + c + " du programme " + index, "Condition " + c));
        }
        return builder.conditions(conditions).build();
    }

    private static <E extends Enum<E>> Set<E> someOf(Random random, Class<E> type, int most) {
        E[] values = type.getEnumConstants();
        Set<E> chosen = EnumSet.noneOf(type);
        for (int n = 1 + random.nextInt(most); n > 0; n--) {
            chosen.add(values[random.nextInt(values.length)]);
        }
        return chosen;
    }
}
