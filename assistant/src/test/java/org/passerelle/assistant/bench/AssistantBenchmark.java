package org.passerelle.assistant.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
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
import org.passerelle.assistant.Assistant;
import org.passerelle.assistant.DemoAssistant;
import org.passerelle.assistant.api.AskRequest;
import org.passerelle.assistant.api.AssistantAnswer;
import org.passerelle.backend.dataset.CallData;
import org.passerelle.backend.dataset.DatasetDocument;
import org.passerelle.backend.dataset.EligibilityData;
import org.passerelle.backend.dataset.FundingData;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;
import org.passerelle.domain.programme.ProgrammeStatus;
import org.passerelle.domain.shared.ApplicantType;
import org.passerelle.domain.shared.Axis;
import org.passerelle.domain.shared.Currency;
import org.passerelle.domain.shared.Territory;

/**
 * The model-free assistant answering over 10,000 generated published programmes (and the demo
 * projects), the whole path a question takes: language, profile, intent, lexical matching fused with
 * the Lucene search, eligibility for the profile, templates. Sample time gives p50/p95/p99; the goal
 * is p95 ≤ 50 ms. Run with {@code bench/assistant.sh}. Fixed seed, so runs compare.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssistantBenchmark {

    private static final long SEED = 20_260_301L;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final String[] TOPICS = {"photonique", "nutrition", "festival", "théâtre", "ressourcerie",
        "numérique", "jeunesse", "stage", "recherche", "oncologie", "insertion", "coopérative", "lycée", "écriture",
        "tourisme", "forêt", "océan", "agriculture", "santé", "danse", "musique", "cinéma", "énergie", "mobilité"};
    private static final String[] QUESTIONS = {
        "Je suis une CAE en Gironde, quels programmes pour échanger avec le Québec ?",
        "We are a nonprofit in Montreal working on music and dance, what funding is there?",
        "J'ai 24 ans, je suis étudiant à Poitiers et je voudrais faire un stage au Québec",
        "Quels appels sont ouverts en ce moment ?",
        "Quel est le plafond du programme GEN-42 ?",
        "Combien de projets sont terminés ?",
        "Y a-t-il un programme pour la pêche au thon ?",
        "Our company in Quebec City asks $100,000 for an energy and ocean project, are we eligible?",
    };

    @Param("10000")
    public int programmeCount;

    private Assistant assistant;
    private int next;

    @Setup
    public void generate() {
        Random random = new Random(SEED);
        DatasetDocument demo = DemoAssistant.demoDataset();
        List<ProgrammeData> programmes = new ArrayList<>();
        List<CallData> calls = new ArrayList<>();
        for (int i = 0; i < programmeCount; i++) {
            programmes.add(programme(random, i));
            if (random.nextInt(3) == 0) {
                LocalDate opens = DAY.minusDays(random.nextInt(400)).plusDays(random.nextInt(400));
                calls.add(new CallData("CALL-" + i, "GEN-" + i, new TextData("Appel " + i, "Call " + i),
                        opens.toString(), opens.plusDays(30 + random.nextInt(90)).toString(),
                        BigDecimal.valueOf(100_000)));
            }
        }
        assistant = DemoAssistant.over(DatasetDocument.of(programmes, calls, demo.organisationsOrEmpty(), List.of()));
    }

    @Benchmark
    public AssistantAnswer ask() {
        String question = QUESTIONS[next++ % QUESTIONS.length];
        return assistant.ask(new AskRequest(question, null, "auto", DAY));
    }

    /** One question, outside JMH (per-question timing while tuning). */
    AssistantAnswer askQuestion(String question) {
        return assistant.ask(new AskRequest(question, null, "auto", DAY));
    }

    private static ProgrammeData programme(Random random, int i) {
        String a = TOPICS[random.nextInt(TOPICS.length)];
        String b = TOPICS[random.nextInt(TOPICS.length)];
        List<ApplicantType> types = new ArrayList<>(EnumSet.allOf(ApplicantType.class));
        java.util.Collections.shuffle(types, random);
        List<Territory> territories = random.nextBoolean() ? List.of(Territory.NOUVELLE_AQUITAINE)
                : random.nextBoolean() ? List.of(Territory.QUEBEC) : List.of(Territory.NOUVELLE_AQUITAINE, Territory.QUEBEC);
        Currency currency = random.nextBoolean() ? Currency.EUR : Currency.CAD;
        return new ProgrammeData("GEN-" + i,
                new TextData("Programme " + a + " et " + b + " n°" + i, "Programme " + a + " and " + b + " no. " + i),
                new TextData("Soutient les projets " + a + " entre les deux territoires.",
                        "Supports " + a + " projects between both territories."),
                null, List.of(Axis.values()[random.nextInt(Axis.values().length)]), List.of(a, b), List.of("Financeur " + i),
                ProgrammeStatus.PUBLISHED, currency,
                new FundingData(BigDecimal.valueOf(5_000 + random.nextInt(100_000)), BigDecimal.valueOf(50), null),
                12, new EligibilityData(types.subList(0, 1 + random.nextInt(5)), territories, random.nextBoolean(),
                        null, null, List.of()),
                "https://example.org/programmes/" + i, null);
    }
}
