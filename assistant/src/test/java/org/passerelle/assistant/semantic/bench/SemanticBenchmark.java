package org.passerelle.assistant.semantic.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Timeout;
import org.openjdk.jmh.annotations.Warmup;
import org.passerelle.assistant.semantic.DemoProgrammes;
import org.passerelle.assistant.semantic.ScoredCode;
import org.passerelle.assistant.semantic.SemanticIndex;
import org.passerelle.backend.dataset.ProgrammeData;
import org.passerelle.backend.dataset.TextData;

/**
 * The semantic index on the demo data (29 published programmes) and on 10,000 generated ones: the time
 * to build the index from nothing (every passage embedded; single shot), and the time of one question
 * ({@code similar}, sampled, for p50/p95). Run it with {@code bench/semantic.sh}. Generated programmes
 * are the demo ones with distinct edition, territory and theme words, so that no passage is shared.
 */
@State(Scope.Benchmark)
@Fork(1)
public class SemanticBenchmark {

    private static final String[] QUESTIONS = {
        "Je suis une CAE en Gironde, quels programmes pour échanger avec le Québec ?",
        "photonics and health research with Quebec", "festival de musique", "writer residency",
        "bourse pour un doctorant", "what is the weather tomorrow?"};
    private static final String[] PLACES = {"Gironde", "Landes", "Pyrénées-Atlantiques", "Dordogne", "Vienne",
        "Montréal", "Québec", "Sherbrooke", "Gatineau", "Saguenay", "Trois-Rivières", "Rimouski"};
    private static final String[] THEMES = {"jeunesse", "climat", "numérique", "agriculture", "santé", "culture",
        "tourisme", "forêt", "océan", "mobilité", "emploi", "recherche", "artisanat"};

    @Param({"demo", "10000"})
    public String programmes;

    private EmbeddingModel model;
    private List<ProgrammeData> data;
    private SemanticIndex index;
    private int question;

    @Setup(Level.Trial)
    public void prepare() {
        model = DemoProgrammes.model();
        data = "demo".equals(programmes) ? DemoProgrammes.published() : generated(Integer.parseInt(programmes));
    }

    /** Only for the query benchmark: the index is built once per trial, outside the measurement. */
    @State(Scope.Benchmark)
    public static class Built {
        SemanticIndex index;

        @Setup(Level.Trial)
        public void build(SemanticBenchmark bench) {
            index = SemanticIndex.build(bench.model, bench.data);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    // 20,000 passages on a busy 2-core machine took more than JMH's default 10 minutes.
    @Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
    public SemanticIndex buildIndex() {
        return SemanticIndex.build(model, data);
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 3)
    public List<ScoredCode> query(Built built) {
        question = (question + 1) % QUESTIONS.length;
        return built.index.similar(QUESTIONS[question], 10);
    }

    static List<ProgrammeData> generated(int count) {
        List<ProgrammeData> demo = DemoProgrammes.published();
        List<ProgrammeData> generated = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ProgrammeData p = demo.get(i % demo.size());
            String place = PLACES[i % PLACES.length];
            String theme = THEMES[(i / PLACES.length) % THEMES.length];
            String edition = " – édition " + (2000 + i / (PLACES.length * THEMES.length)) + ", " + place + ", " + theme;
            String editionEn = " – " + (2000 + i / (PLACES.length * THEMES.length)) + " edition, " + place + ", " + theme;
            generated.add(new ProgrammeData("GEN-" + i, new TextData(p.name().fr() + edition,
                    p.name().en() == null ? null : p.name().en() + editionEn), p.summary(), p.description(), p.axes(),
                    p.themes(), p.funders(), p.status(), p.currency(), p.funding(), p.durationMonths(),
                    p.eligibility(), p.url(), p.contact()));
        }
        return generated;
    }
}
